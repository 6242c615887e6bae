# Calls with every argument kind, defaults, methods, builtins, recursion.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def pos(a, b, /, c):
    return a - b + c
print(pos(10, 3, c=1), pos(1, 2, 3))
def kwonly(*, x, y=1):
    return x * y
print(kwonly(x=3), kwonly(y=4, x=2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(lambda x, y=1: x + y, 5))
print(list(map(lambda v: v * 2, range(4))), sorted(["bb", "a", "ccc"], key=len))
def gen(n):
    for i in range(n):
        yield i * 10
def uses_gen():
    return sum(gen(5)), list(gen(3))
print(uses_gen())
