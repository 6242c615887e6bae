"""dataclasses — generate special methods on user-defined classes.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/dataclasses.html and observed CPython
3.11 behaviour.

CPython generates the special methods as source text and `exec`s it.  Here
every method is a closure over the class's field list instead:

* `__init__(self, *args, **kwargs)` binds arguments itself and reproduces
  CPython's TypeError messages ("P.__init__() missing 1 required positional
  argument: 'x'", ...).  Its `inspect.signature` is therefore the generic
  one; the class `__doc__` is still built from the real field signature.
* `__repr__`, `__eq__`, the order methods and `__hash__` compare/hash the
  tuple of the relevant field values, as documented.

Supported: field(), fields(), asdict(), astuple(), replace(), is_dataclass(),
make_dataclass(), InitVar, KW_ONLY, ClassVar exclusion, __post_init__,
frozen/order/eq/unsafe_hash/kw_only/match_args/slots (basic) options.
String annotations are recognised as ClassVar/InitVar by their prefix only.
"""

import copy as _copy
import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and
    __post_init__, never stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Information about one field; create with field(), read with fields()."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        # Forward to the default value's __set_name__, as for plain attributes.
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# --------------------------------------------------------------------------
# Field discovery

def _is_classvar(a_type):
    typing = _sys.modules.get("typing")
    if typing is not None:
        classvar = getattr(typing, "ClassVar", None)
        if classvar is not None and (a_type is classvar or
                                     getattr(a_type, "__origin__", None) is classvar):
            return True
    if isinstance(a_type, str):
        return a_type.startswith(("ClassVar", "typing.ClassVar"))
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        return a_type.startswith(("InitVar", "dataclasses.InitVar"))
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING  # a __slots__ slot, not a default value
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


# --------------------------------------------------------------------------
# Generated methods

def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(qualname, all_fields, frozen, has_post_init):
    """__init__ with the fields as its real parameters (so signatures,
    co_varnames and argument errors look like CPython's), built from source
    text with exec as CPython's dataclasses does. Defaults and factories are
    passed in through the namespace, never spliced into the text."""
    init_fields = [f for f in all_fields if f.init or f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    names = {f.name for f in all_fields}
    self_name = "__dataclass_self__" if "self" in names else "self"
    ns = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is not MISSING:
            ns[f"__dataclass_dflt_{f.name}__"] = f.default
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        return f.name

    params = [self_name] + [param(f) for f in positional]
    if keyword_only:
        params.append("*")
        params.extend(param(f) for f in keyword_only)

    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        name = f.name
        if f.default_factory is not MISSING:
            ns[f"__dataclass_dflt_{name}__"] = f.default_factory
            if f.init:
                value = (f"__dataclass_dflt_{name}__() if {name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {name}")
            else:
                value = f"__dataclass_dflt_{name}__()"
        elif f.init:
            value = name
        elif f.default is not MISSING:
            ns[f"__dataclass_dflt_{name}__"] = f.default
            value = f"__dataclass_dflt_{name}__"
        else:
            continue  # init=False without a default: nothing to store
        if frozen:
            body.append(f"  __dataclass_builtins_object__.__setattr__({self_name}, {name!r}, {value})")
        else:
            body.append(f"  {self_name}.{name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"  {self_name}.__post_init__({initvars})")
    if not body:
        body.append("  pass")
    text = f"def __init__({', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(text, ns)
    fn = ns["__init__"]
    fn.__qualname__ = f"{qualname}.__init__"
    return fn


_repr_running = set()


def _make_repr(repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({inner})"
    return __repr__


def _tuple_getter(field_list):
    names = [f.name for f in field_list]
    return lambda obj: tuple(getattr(obj, name) for name in names)


def _make_compare(op_name, astuple_of):
    ops = {
        "__eq__": lambda a, b: a == b,
        "__lt__": lambda a, b: a < b,
        "__le__": lambda a, b: a <= b,
        "__gt__": lambda a, b: a > b,
        "__ge__": lambda a, b: a >= b,
    }
    op = ops[op_name]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(astuple_of(self), astuple_of(other))
        return NotImplemented
    compare.__name__ = op_name
    return compare


def _make_hash(astuple_of):
    def __hash__(self):
        return hash(astuple_of(self))
    return __hash__


def _make_frozen_methods(cls_holder, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls_holder[0] or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls_holder[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls_holder[0] or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls_holder[0], self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    if hasattr(value, "__qualname__") and callable(value):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation).replace("typing.", "")


def _signature_doc(cls, all_fields):
    params = []
    star_added = False
    for f in all_fields:
        if not (f.init or f._field_type is _FIELD_INITVAR) or f._field_type is _FIELD_CLASSVAR:
            continue
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += f" = {f.default!r}"
        params.append((f.kw_only, text))
    ordered = [p for p in params if not p[0]] + [p for p in params if p[0]]
    parts = []
    for kw_only, text in ordered:
        if kw_only and not star_added:
            parts.append("*")
            star_added = True
        parts.append(text)
    return f"{cls.__name__}({', '.join(parts)})"


# --------------------------------------------------------------------------
# The decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_only = False
    for name, a_type in cls_annotations.items():
        if a_type is KW_ONLY or a_type is _KW_ONLY_TYPE:
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]
    cls_holder = [cls]

    if init:
        # Non-default positional parameters may not follow defaulted ones.
        seen_default = False
        for f in all_fields:
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default:
                        raise TypeError(f"non-default argument {f.name!r} "
                                        "follows default argument")
                else:
                    seen_default = True
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _make_init(
            cls.__qualname__,
            [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)],
            frozen, has_post_init))

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in std_fields if f.repr]))

    compare_fields = [f for f in std_fields if f.compare]
    astuple_of = _tuple_getter(compare_fields)
    if eq:
        _set_new_attribute(cls, "__eq__", _make_compare("__eq__", astuple_of))

    if order:
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, name, _make_compare(name, astuple_of)):
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")

    if frozen:
        setter, deleter = _make_frozen_methods(cls_holder, {f.name for f in std_fields})
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_fields = [f for f in std_fields
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(_tuple_getter(hash_fields))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(_tuple_getter(hash_fields))
        else:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        cls.__doc__ = _signature_doc(cls, all_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in std_fields if f.init and not f.kw_only))

    if slots:
        cls = _add_slots(cls, std_fields, weakref_slot)
        cls_holder[0] = cls

    return cls


def _add_slots(cls, std_fields, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in std_fields)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for name in base.__dict__.get("__slots__", ()):
            inherited.add(name)
    slots = [name for name in field_names if name not in inherited]
    if weakref_slot:
        slots.append("__weakref__")
    cls_dict["__slots__"] = tuple(slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --------------------------------------------------------------------------
# Helpers

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), namespace)
    cls.__module__ = "types" if module is None else module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
