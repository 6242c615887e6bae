# parameter kinds: defaults evaluated once, keyword-only, positional-only, *args/**kwargs, introspection
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=0))
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:7])
def g(x, items=[]):
    items.append(x)
    return items
print(g(1), g(2), g(3, []), g(4))
calls = 0
def default_value():
    global calls
    calls += 1
    return calls
def h(v=default_value()):
    return v
print(h(), h(), calls)
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
for bad in [lambda: kwonly(1), lambda: kwonly(), lambda: kwonly(a=1, c=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def star_only(*args):
    return len(args)
print(star_only(), star_only(*range(100)))
def kw_only_dict(**kw):
    return list(kw.items())
print(kw_only_dict(z=1, a=2, m=3))
class C:
    def method(self, x, /, y=0, *, z=1):
        return x + y + z
c = C()
print(c.method(1), c.method(1, 2, z=3))
for bad in [lambda: c.method(), lambda: c.method(x=1), lambda: c.method(1, 2, 3), lambda: C.method(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def annotated(a: int, b: "str" = "x", *rest: float, k: bool = True) -> list:
    return [a, b, rest, k]
print(annotated(1), sorted(annotated.__annotations__.items(), key=lambda kv: kv[0]))
f.__defaults__ = (200, 300)
print(f(1, d=0)[:3])
def lst(a, b, c):
    return a * 100 + b * 10 + c
print(lst(c=1, a=2, b=3), lst(1, c=2, b=3))
try:
    lst(1, 2, 3, b=4)
except TypeError as e:
    print("TypeError:", e)
