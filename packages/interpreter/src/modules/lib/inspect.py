"""inspect — the introspection helpers of
https://docs.python.org/3.11/library/inspect.html that pyvm supports:
type predicates, generator/coroutine states, `getmembers`, `getdoc`,
`cleandoc` and a basic `signature` (parameters from the code object and
defaults; no annotations evaluation).
"""

__all__ = ["isclass", "isfunction", "ismethod", "isgenerator", "isgeneratorfunction",
           "iscoroutine", "iscoroutinefunction", "isasyncgen", "isasyncgenfunction",
           "isbuiltin", "isroutine", "ismodule", "isabstract", "getgeneratorstate",
           "getcoroutinestate", "getmembers", "getdoc", "cleandoc", "signature",
           "Signature", "Parameter", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED",
           "GEN_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == "module"


def isfunction(obj):
    return type(obj).__name__ == "function"


def ismethod(obj):
    return type(obj).__name__ == "method"


def isbuiltin(obj):
    return type(obj).__name__ == "builtin_function_or_method"


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or type(obj).__name__ in (
        "method_descriptor", "wrapper_descriptor", "method-wrapper", "classmethod_descriptor")


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isabstract(obj):
    return bool(getattr(obj, "__abstractmethods__", False))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda kv: kv[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty

    _KIND_NAMES = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL",
                   "KEYWORD_ONLY", "VAR_KEYWORD")

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def __str__(self):
        s = self._name
        if self._annotation is not _empty:
            s += ": " + _annotation_repr(self._annotation)
        if self._default is not _empty:
            s += (" = " if self._annotation is not _empty else "=") + repr(self._default)
        if self._kind == 2:
            s = "*" + s
        elif self._kind == 4:
            s = "**" + s
        return s

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        return isinstance(other, Parameter) and (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)


def _annotation_repr(a):
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
    return repr(a)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def __str__(self):
        parts = []
        seen_kwonly_marker = False
        params = list(self._parameters.values())
        for i, p in enumerate(params):
            if p.kind == 3 and not seen_kwonly_marker:
                if not any(q.kind == 2 for q in params):
                    parts.append("*")
                seen_kwonly_marker = True
            if p.kind == 2:
                seen_kwonly_marker = True
            parts.append(str(p))
            if p.kind == 0 and (i + 1 == len(params) or params[i + 1].kind != 0):
                parts.append("/")
        s = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _empty:
            s += " -> " + _annotation_repr(self._return_annotation)
        return s

    def __repr__(self):
        return f"<Signature {self}>"

    def bind(self, *args, **kwargs):
        raise NotImplementedError("Signature.bind is not supported by pyvm")


def signature(obj):
    if ismethod(obj):
        sig = signature(obj.__func__)
        params = list(sig.parameters.values())[1:]
        return Signature(params, return_annotation=sig.return_annotation)
    if isclass(obj):
        init = obj.__init__
        sig = signature(init)
        params = list(sig.parameters.values())[1:]
        return Signature(params)
    wrapped = getattr(obj, "__wrapped__", None)
    if wrapped is not None:
        return signature(wrapped)
    if not isfunction(obj):
        if callable(obj) and isfunction(getattr(type(obj), "__call__", None)):
            sig = signature(type(obj).__call__)
            return Signature(list(sig.parameters.values())[1:], return_annotation=sig.return_annotation)
        raise ValueError(f"no signature found for {obj!r}")
    code = obj.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    ann = getattr(obj, "__annotations__", {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = 0 if i < nposonly else 1
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=ann.get(name, _empty)))
    idx = npos
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[npos + nkw]
    if varargs is not None:
        params.append(Parameter(varargs, 2, annotation=ann.get(varargs, _empty)))
    for i in range(nkw):
        name = names[idx + i]
        params.append(Parameter(name, 3, default=kwdefaults.get(name, _empty), annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if varargs is not None else 0)]
        params.append(Parameter(name, 4, annotation=ann.get(name, _empty)))
    return Signature(params, return_annotation=ann.get("return", _empty))
