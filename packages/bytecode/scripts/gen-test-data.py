"""Regenerates packages/bytecode/test-data/ from CPython 3.11.

symtable.json: for each snippet, the scope tree reported by the `symtable`
module (type, name, and per symbol its resolved scope and definition flags).
compile-errors.json: for each snippet that CPython's compiler (not parser)
rejects, the SyntaxError message and location from `compile()`.

Run from the package directory:  python3 scripts/gen-test-data.py
"""
import json
import symtable
import sys

assert sys.version_info[:2] == (3, 11), "expected output must come from CPython 3.11"

SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAG_MASK = 0x3FF & ~0x20  # DEF_* bits this compiler tracks (DEF_FREE is unused in 3.11)

SYMTABLE_SNIPPETS = {
    "module_globals": "x = 1\ndef f():\n    return x + y\n",
    "locals_and_params": "def f(a, b=1, *args, c, d=2, **kw):\n    e = a + b\n    return e\n",
    "closure_cell": "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
    "nonlocal": "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
    "global_decl": "def f():\n    global g\n    g = 1\n",
    "class_scope": "x = 1\nclass C:\n    y = x\n    def m(self):\n        return y\n",
    "class_super": "class C(B):\n    def m(self):\n        return super().m()\n",
    "class_dunder_class": "class C:\n    def m(self):\n        return __class__\n",
    "class_free_class": "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "class_passthrough": "def f():\n    v = 1\n    class C:\n        def m(self):\n            return v\n    return C\n",
    "class_classderef": "def f():\n    v = 1\n    class C:\n        w = v\n    return C\n",
    "comprehension": "def f(xs):\n    return [x * y for x in xs for y in range(x) if x]\n",
    "comprehension_outer_iter": "def f(n):\n    return [i for i in range(n)]\n",
    "genexp": "def f(xs):\n    return sum(x for x in xs)\n",
    "dictcomp_setcomp": "a = {k: v for k, v in items}\nb = {e for e in a}\n",
    "walrus_in_comprehension": "def f(xs):\n    if any((y := x) > 1 for x in xs):\n        return y\n",
    "walrus_module_comprehension": "[z := i for i in range(3)]\n",
    "lambda": "f = lambda a, *b, **c: a + len(b) + glob\n",
    "nested_lambda_closure": "def f(x):\n    return lambda y: x + y\n",
    "generator": "def g():\n    yield 1\n    x = yield\n",
    "async_def": "async def f(a):\n    await a\n    async for x in a:\n        pass\n",
    "imports": "import os.path\nimport sys as system\nfrom a.b import c, d as e\ndef f():\n    import json\n    return json\n",
    "annotations": "x: int = 1\ny: str\nclass C:\n    z: int\ndef f(a: int) -> str:\n    b: int = 2\n    return b\n",
    "except_name": "try:\n    pass\nexcept E as e:\n    pass\n",
    "deep_nesting": "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n",
    "global_in_class": "class C:\n    global g\n    g = 1\n",
    "match_captures": "match s:\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(x=px) as whole:\n        pass\n",
    "del_and_augassign": "def f():\n    x = 1\n    x += 2\n    del x\n",
    "private_mangling": "class C:\n    __a = 1\n    def m(self):\n        __b = 2\n        return __b\n",
    "decorators_defaults": "def deco(f): return f\n@deco\ndef g(a=default_value):\n    return a\n",
    "with_targets": "def f():\n    with open('x') as (a, b), g() as c:\n        pass\n",
    "for_else": "for i in range(3):\n    pass\nelse:\n    j = i\n",
}

ERROR_SNIPPETS = {
    "return_outside": "return 1\n",
    "break_outside": "x = 1\nbreak\n",
    "continue_outside": "if x:\n    continue\n",
    "yield_outside": "yield 1\n",
    "await_outside_function": "await x\n",
    "await_outside_async": "def f():\n    await x\n",
    "nonlocal_module": "nonlocal x\n",
    "nonlocal_no_binding": "def f():\n    nonlocal x\n",
    "global_after_use": "def f():\n    print(x)\n    global x\n",
    "global_after_assign": "def f():\n    x = 1\n    global x\n",
    "global_param": "def f(x):\n    global x\n",
    "nonlocal_param": "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "duplicate_argument": "def f(a, a):\n    pass\n",
    "import_star_in_function": "def f():\n    from os import *\n",
    "yield_in_listcomp": "def f():\n    return [(yield x) for x in y]\n",
    "return_value_async_gen": "async def f():\n    yield 1\n    return 2\n",
    "yield_from_async": "async def f():\n    yield from x\n",
    "default_except_not_last": "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "keyword_repeated": "f(a=1, a=2)\n",
    "async_for_outside": "def f():\n    async for x in y:\n        pass\n",
    "async_with_outside": "def f():\n    async with x:\n        pass\n",
    "walrus_rebind_iteration_var": "[i := 0 for i in range(3)]\n",
    "walrus_in_class_comprehension": "class C:\n    [y := 1 for x in range(3)]\n",
    "multiple_starred_assignment": "a, *b, *c = d\n",
    "pattern_name_capture_unreachable": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "pattern_wildcard_unreachable": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "pattern_alternatives_bind_different": "match x:\n    case [a] | [b]:\n        pass\n",
    "pattern_duplicate_capture": "match x:\n    case [a, a]:\n        pass\n",
    "annotated_global": "def f():\n    global x\n    x: int = 1\n",
    "async_comprehension_outside": "def f():\n    return [x async for x in y]\n",
}


CODE_SNIPPETS = {
    "fib": "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n",
    "docstrings": "'''mod doc'''\ndef f():\n    'doc'\n    return 1\nclass C:\n    'cdoc'\n    x = 1\n",
    "closures": "def outer(a):\n    b = 2\n    def inner(c):\n        nonlocal b\n        b += c\n        return a + b\n    return inner\n",
    "arg_cells": "def f(a, b):\n    def g():\n        return a\n    return g\n",
    "class_with_super": "class A(B, metaclass=M):\n    def __init__(self, x):\n        super().__init__()\n        self.x = x\n    @property\n    def y(self):\n        return self.x\n",
    "comprehensions": "def f(xs):\n    a = [x * 2 for x in xs if x]\n    b = {x: y for x, y in xs}\n    c = {x for x in xs}\n    d = (x for x in xs)\n    return a, b, c, d\n",
    "generators": "def g(n):\n    for i in range(n):\n        yield i\n    yield from range(3)\n    return 5\n",
    "coroutines": "async def f(a):\n    async with a as b:\n        await b\n    async for x in a:\n        print(x)\n    return [y async for y in a]\n",
    "async_generator": "async def ag():\n    yield 1\n    await x\n",
    "try_except_finally": "def f():\n    try:\n        a()\n    except (ValueError, TypeError) as e:\n        b(e)\n    except Exception:\n        c()\n    else:\n        d()\n    finally:\n        e2()\n",
    "with_stmt": "def f(p):\n    with open(p) as fh, lock:\n        return fh.read()\n",
    "loops_break_continue": "def f(xs):\n    total = 0\n    for x in xs:\n        if x < 0:\n            continue\n        if x > 100:\n            break\n        total += x\n    else:\n        total = -1\n    while total > 10:\n        total //= 2\n    return total\n",
    "calls": "def f(a, *args, k=1, **kw):\n    g(a, *args, k=k, **kw)\n    g(1, 2, x=3)\n    o.m(1, y=2)\n    h(*a)\n    return g(**kw)\n",
    "unpacking": "a, b = c\na, *b, c = d\n[x, (y, z)] = w\nt = (*a, *b)\nl = [1, *a, 2]\ns = {*a, 1}\nd = {**a, 'k': 1, **b}\n",
    "fstrings": "def f(x, w):\n    return f'{x!r:>{w}} and {x:.2f} {x}'\n",
    "lambdas_defaults": "f = lambda a, b=2, *, c=3: a + b + c\ndef g(a, b: int = 1, *c, d, e=5, **f) -> str:\n    pass\n",
    "chained_compare": "def f(a, b, c):\n    if a < b < c:\n        return a < b <= c\n    return not a\n",
    "augassign": "def f(o, k):\n    o.x += 1\n    o[k] -= 2\n    v = 1\n    v *= 3\n    return v\n",
    "imports": "import a.b.c\nimport a.b as ab\nfrom . import x\nfrom ..m import y as z\nfrom q import *\n",
    "match": "def f(p):\n    match p:\n        case [x, y, *rest]:\n            return x\n        case {'k': v, **kw}:\n            return v\n        case P(a=1, b=c) | Q(c):\n            return c\n        case str() as s if s:\n            return s\n        case _:\n            return None\n",
    "global_nonlocal": "def f():\n    global g\n    g = 1\n    x = 0\n    def h():\n        nonlocal x\n        x = 2\n    return h\n",
    "assert_del_raise": "def f(x):\n    assert x, 'msg'\n    del x\n    raise ValueError('v') from None\n",
    "annotations_module": "x: int = 1\ny: list[int]\nclass C:\n    z: str = 'a'\n",
    "try_star": "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    pass\n",
    "walrus": "def f(xs):\n    if (n := len(xs)) > 3:\n        return n\n    return [y for x in xs if (y := x)]\n",
    "return_in_finally_with": "def f():\n    for i in x:\n        with a:\n            try:\n                return i\n            finally:\n                g()\n",
}


def dump_code(co, out):
    out.append({
        "name": co.co_name, "qualname": co.co_qualname, "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount, "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags, "stacksize": co.co_stacksize, "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
    })
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump_code(c, out)
    return out


def dump_table(t):
    out = {"type": t.get_type(), "name": t.get_name(), "symbols": {}, "children": []}
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out["symbols"][s.get_name()] = [SCOPES.get(s._Symbol__scope, "NONE"), s._Symbol__flags & FLAG_MASK]
    out["children"] = [dump_table(c) for c in t.get_children()]
    return out


def main():
    symtables = {}
    for name, src in SYMTABLE_SNIPPETS.items():
        symtables[name] = {"source": src, "table": dump_table(symtable.symtable(src, "x.py", "exec"))}
    errors = {}
    for name, src in ERROR_SNIPPETS.items():
        try:
            compile(src, "x.py", "exec")
        except SyntaxError as e:
            errors[name] = {"source": src, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                            "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        else:
            raise SystemExit(f"{name}: expected a SyntaxError")
    codes = {}
    for name, src in CODE_SNIPPETS.items():
        codes[name] = {"source": src, "codes": dump_code(compile(src, "x.py", "exec"), [])}
    with open("test-data/code-meta.json", "w") as f:
        json.dump(codes, f, indent=1, sort_keys=True)
        f.write("\n")
    with open("test-data/symtable.json", "w") as f:
        json.dump(symtables, f, indent=1, sort_keys=True)
        f.write("\n")
    with open("test-data/compile-errors.json", "w") as f:
        json.dump(errors, f, indent=1, sort_keys=True)
        f.write("\n")


main()
