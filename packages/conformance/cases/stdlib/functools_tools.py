# functools: reduce, partial, lru_cache (stats), cache, cmp_to_key, total_ordering, wraps, singledispatch, cached_property
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square.func.__name__, square.args, square.keywords, functools.partial(power, 2)(5))
p2 = functools.partial(functools.partial(power, 2), mod=7)
print(p2(10), p2.args, p2.keywords)
calls = []
@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits)
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) != V(1))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        """wrapper doc"""
        return fn(*a)
    return wrapper
@deco
def documented(x):
    """original doc"""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(3), show([1, 2]), show("s"), show(True))
class Data:
    def __init__(self): self.computed = 0
    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42
d = Data()
print(d.value, d.value, d.computed, "value" in vars(d))
print(functools.reduce(lambda acc, s: acc + [len(s)], ["a", "bb"], []), functools.partial(max, default=0)([]))
