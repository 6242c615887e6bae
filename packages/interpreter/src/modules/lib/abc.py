"""abc — abstract base classes.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/abc.html.

`ABCMeta.__new__` computes the frozenset `__abstractmethods__` for each new
class; refusing to instantiate a class whose set is non-empty is the job of
`object.__new__` (as in CPython, which raises "Can't instantiate abstract
class X with abstract method(s) ...").

Virtual subclassing (`register`) and `__subclasshook__` are supported.
Differences from CPython's C `_abc`: registries and the subclass-check cache
hold strong references (CPython uses weak references), and the cache is a
plain dict invalidated by a global counter bumped on every `register`.
"""

__all__ = [
    "ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
    "abstractstaticmethod", "abstractproperty", "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True


# Bumped by every register(); subclass-check caches older than it are stale.
_invalidation_counter = 0


def get_cache_token():
    """Return the current ABC cache token (changes on every register())."""
    return _invalidation_counter


def _compute_abstracts(cls, namespace_items):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_cache_token = _invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.  Returns the subclass."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls._abc_cache_token != _invalidation_counter:
            cls._abc_cache = {}
            cls._abc_cache_token = _invalidation_counter
        cache = cls._abc_cache
        try:
            return cache[subclass]
        except KeyError:
            pass
        except TypeError:  # unhashable metaclass instance; don't cache
            cache = {}
        result = cls._abc_check(subclass)
        cache[subclass] = result
        return result

    def _abc_check(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            return bool(ok)
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        global _invalidation_counter
        cls._abc_registry = []
        _invalidation_counter += 1

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache = {}


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""

    __slots__ = ()
