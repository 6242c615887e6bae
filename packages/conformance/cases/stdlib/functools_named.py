# functools: reduce (initial, errors), partial (repr, nesting, keywords, attributes), wraps/update_wrapper, lru_cache (maxsize, typed, cache_info/clear, repr), cmp_to_key, total_ordering, cache, cached_property, partialmethod, singledispatch
import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cmp_to_key, total_ordering, cache
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, "abc"))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(1, [1, 2]), lambda: reduce(lambda a, b: a, 5)]:
    try: bad()
    except TypeError as e: print("TypeError", e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, d=0), p.func is f, p.args, p.keywords, repr(partial(int, base=2)), partial(int, base=2)("101"))
pp = partial(p, 7); print(pp(), pp.func is f, pp.args, pp.keywords)
try: partial()
except TypeError as e: print("TypeError", e)
try: partial(5)
except TypeError as e: print("TypeError", e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def target(x):
    "target doc"
    return x + 1
print(target(1), target.__name__, target.__doc__, target.__qualname__, target.__wrapped__.__name__, target.__module__)
def other(): pass
other.attr = 5
def w(): pass
update_wrapper(w, other); print(w.__name__, w.attr, w.__wrapped__ is other, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n); return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@lru_cache
def fibo(n): return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(80), fibo.cache_info())
@lru_cache(maxsize=None, typed=True)
def ty(x): calls.append(("ty", x)); return type(x).__name__
print(ty(1), ty(1.0), ty(1), ty.cache_info())
@cache
def c1(x): calls.append(("c1", x)); return x
print(c1(1), c1(1), c1.cache_info())
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(1), type(K(1)).__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) > V(1), V(2) >= V(3), sorted(V(x) for x in [3, 1, 2])[0].v)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4))
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print("ValueError", e)
class Data:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1; return self.n * 10
d = Data(); print(d.val, d.val, d.n, "val" in d.__dict__); del d.val; print(d.val)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c._alive)
@functools.singledispatch
def show(x): return "obj " + repr(x)
@show.register
def _(x: int): return "int " + str(x)
@show.register(list)
def _(x): return "list of " + str(len(x))
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry))
