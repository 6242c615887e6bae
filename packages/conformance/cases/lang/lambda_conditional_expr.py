# lambda expressions (defaults, closures, nesting) and conditional expressions
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
add = lambda a, b=10, *args, k=1, **kw: (a, b, args, k, kw)
print(add(1))
print(add(1, 2, 3, 4, k=5, z=6))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
for n in [-5, 0, 5]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def side(tag, v):
    print("  eval", tag)
    return v
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
r = side("a", 1) if side("cond", True) else side("b", 2)
print(r)
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
z = (lambda: "yes") if x else (lambda: "no")
print(z())
print([v if v % 2 else -v for v in range(6)])
print([v for v in range(10) if v % 3 == 0])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda: (yield))().__class__.__name__)
print(type(lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
