"""copy — shallow and deep copy operations.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/copy.html.

Lookup order for an object x of class C:
1. atomic values (None, numbers, str, bytes, types, functions, ranges, ...)
   are returned as-is; exact list/dict/set/tuple/... have direct copiers;
2. `C.__copy__()` / `C.__deepcopy__(memo)`;
3. a `__reduce_ex__` or `__reduce__` defined by a Python class (not the
   generic object/builtin ones) is honoured, and its result rebuilt the way
   pickle would;
4. otherwise the object is rebuilt structurally, without the generic
   `object.__reduce_ex__` machinery: a new instance from `C.__new__` (with
   `__getnewargs_ex__`/`__getnewargs__` arguments when the class defines
   them, or the builtin value for int/str/tuple/... subclasses), then the
   state (`__getstate__`/`__setstate__` when defined by the class, else
   `__dict__` and `__slots__` values), then list items via append and dict
   items via item assignment, as pickle does.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_BUILTIN_BASES = (object, int, float, complex, str, bytes, bytearray, tuple,
                  list, dict, set, frozenset, bool)

_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, bytes, str, type, range, property, type(len),
           type(lambda: None)}

try:
    import weakref as _weakref
    _ATOMIC.add(_weakref.ref)
except ImportError:  # pragma: no cover - optional in pyvm
    pass


def _class_defines(cls, name):
    """The attribute `name` if some Python-level class in cls's MRO (before
    any builtin base) defines it, else None."""
    for klass in cls.__mro__:
        if klass in _BUILTIN_BASES:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


# --------------------------------------------------------------------------
# shallow copy

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _class_reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _rebuild(x, cls, None)


# --------------------------------------------------------------------------
# deep copy

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A recursive tuple may have been copied while copying its items.
        try:
            return memo[d]
        except KeyError:
            pass
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif _is_method(x):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _class_reduce(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _rebuild(x, cls, memo)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _is_method(x):
    return type(x).__name__ == "method" and hasattr(x, "__func__") and hasattr(x, "__self__")


def _keep_alive(x, memo):
    """Keep x alive for as long as memo is (ids must stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# --------------------------------------------------------------------------
# reconstruction

def _class_reduce(x, cls):
    """The result of a class-defined __reduce_ex__/__reduce__, or None."""
    reduce_ex = _class_defines(cls, "__reduce_ex__")
    if reduce_ex is not None:
        return x.__reduce_ex__(4)
    reduce = _class_defines(cls, "__reduce__")
    if reduce is not None:
        return x.__reduce__()
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    _fill(y, listiter, dictiter, memo)
    return y


def _fill(y, listiter, dictiter, memo):
    deep = memo is not None
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and _class_defines(type(y), "__setstate__") is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _get_state(x, cls):
    getstate = _class_defines(cls, "__getstate__")
    if getstate is not None:
        return x.__getstate__()
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _rebuild(x, cls, memo):
    """Structural copy for objects without __copy__/__reduce__."""
    deep = memo is not None
    getnewargs_ex = _class_defines(cls, "__getnewargs_ex__")
    getnewargs = _class_defines(cls, "__getnewargs__")
    if getnewargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    elif getnewargs is not None:
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
    elif isinstance(x, (int, float, complex, str, bytes, tuple)):
        for base in (bool, int, float, complex, str, bytes, tuple):
            if isinstance(x, base):
                value = base(x)
                break
        if deep and isinstance(value, tuple):
            value = deepcopy(value, memo)
        y = cls.__new__(cls, value)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y

    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)

    if isinstance(x, bytearray):
        y.extend(x)
    elif isinstance(x, list):
        _fill(y, iter(x), None, memo)
    elif isinstance(x, dict):
        _fill(y, None, iter(x.items()), memo)
    return y
