# functools: every public name, including error types and messages.
import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper,
                       lru_cache, cache, cmp_to_key, total_ordering,
                       cached_property, singledispatch, singledispatchmethod)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: a + [b], "xyz", []))
show(lambda: reduce(lambda a, b: a, []))
show(lambda: reduce(lambda a, b: a, 5))
show(lambda: reduce(len))
show(lambda: reduce())


# partial
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, kw)


p = partial(f, 1, c=30)
print(p(2), p(2, c=7, d=4), p.args, p.keywords, p.func is f)
pp = partial(p, 9, e=5)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(max, 1, key=abs)).replace(repr(max), "MAX"))
print(repr(partial(f)).startswith("functools.partial(<function f at "))
show(lambda: partial())
show(lambda: partial(1))


def set_func():
    p.func = len


show(set_func)


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), repr(mp).startswith("MyPartial(<function f"))


# partialmethod
class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)
        return self._alive

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, x, y):
        return (cls.__name__, x, y)

    make1 = partialmethod(make, 1)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, Cell.make1(2))


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def documented(x: int) -> int:
    """Docstring here."""
    return x + 1


documented.attr = 1
print(documented(1), documented.__name__, documented.__qualname__, documented.__doc__,
      documented.__annotations__, documented.__wrapped__(5), documented.__module__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.extra = {"k": 1}


def w():
    pass


update_wrapper(w, target, assigned=("__name__",), updated=())
print(w.__name__, hasattr(w, "extra"), w.__wrapped__ is target)
update_wrapper(w, target)
print(w.extra, w.__doc__)


class NoName:
    def __call__(self):
        return 1


def w2():
    pass


update_wrapper(w2, NoName())  # missing attributes are skipped
print(w2.__name__)


# lru_cache
calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
ci = sq.cache_info()
print(type(ci).__name__, ci.hits, ci.maxsize, ci._fields, tuple(ci))


@lru_cache
def bare(x, y=0):
    return x + y


print(bare(1), bare(1), bare(1, y=0), bare(1, 0), bare.cache_info(), bare.__name__)


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())
show(lambda: lru_cache("x"))


@lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info(), fact(10), fact.cache_info())


class Methods:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 2


mm = Methods()
print(mm.m(3), mm.m(3), Methods.m.cache_info())

# cmp_to_key
def rev(a, b):
    return b - a


print(sorted([3, 1, 2], key=cmp_to_key(rev)), min([3, 1, 2], key=cmp_to_key(rev)))
K = cmp_to_key(rev)
print(K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) <= K(1), K(1) >= K(2), K(5).obj)
show(lambda: K(1) < 3)
show(lambda: hash(K(1)))


# total_ordering
@total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __le__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v <= o.v


a, b = Num(1), Num(2)
print(a < b, a > b, a >= b, a <= b, b >= a, b > a, a < a, a >= a)
show(lambda: a < 3)


@total_ordering
class GtOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v


print(GtOnly(1) < GtOnly(2), GtOnly(1) <= GtOnly(1), GtOnly(3) >= GtOnly(2))


@total_ordering
class GeOnly:
    def __init__(self, v):
        self.v = v

    def __ge__(self, o):
        return self.v >= o.v


print(GeOnly(1) < GeOnly(2), GeOnly(1) <= GeOnly(1), GeOnly(3) > GeOnly(2))


def no_order():
    @total_ordering
    class Bad:
        pass


show(no_order)


# cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        """The total."""
        self.computed += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__, Data.total.__doc__)
del d.total
print(d.total, d.computed)
d.total = 99
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


show(lambda: Slotted().prop)


def twice():
    cp = cached_property(lambda self: 1)

    class Two:
        a = cp
        b = cp


try:
    twice()
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(cause).__name__, cause)


# singledispatch
@singledispatch
def describe(arg):
    return "object"


@describe.register
def _(arg: int):
    return "int"


@describe.register(list)
def _(arg):
    return "list"


def describe_str(arg):
    return "str"


describe.register(str, describe_str)
print(describe(1), describe(True), describe([1]), describe("s"), describe(1.5), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__, int in describe.registry)
show(lambda: describe())


class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"


print(Fmt().fmt(1), Fmt().fmt("x"))
