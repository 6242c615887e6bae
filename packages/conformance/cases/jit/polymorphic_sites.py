# Attribute and method sites that see receivers of several classes and
# shapes (polymorphic inline caches), a site that sees both a module and an
# instance, class mutation between calls, and fixed-arity calls of plain
# functions, bound methods, methods with self, builtins and defaults.
import math


class A:
    kind = "A"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, a, b):
        return self.v + a + b


class B(A):
    kind = "B"

    def __init__(self, v):
        self.w = 0
        self.v = v * 10

    def get(self):
        return self.v + 1


class C:
    kind = "C"

    def __init__(self, v):
        self.v = -v

    def get(self):
        return self.v * 2

    def add(self, a, b):
        return a * b


class D(A):
    pass


class E(A):
    def __init__(self, v):
        self.a = self.b = self.c = 1
        self.v = v


def read(o):
    return o.v, o.kind, o.get(), o.add(1, 2)


objs = [A(1), B(2), C(3), D(4), E(5), A(6), B(7), C(8)]
for _ in range(3):
    print([read(o) for o in objs])

holder = A(0)
holder.pi = 42


def pi_of(o):
    return o.pi


print(pi_of(math) == math.pi, pi_of(holder), pi_of(math) == math.pi, pi_of(holder))

A.get = lambda self: "patched"
print([o.get() for o in objs])
del A.get
try:
    print([o.get() for o in objs])
except AttributeError as e:
    print("AttributeError", e)


def f0():
    return 0


def f1(a):
    return a + 1


def f2(a, b):
    return a - b


def f3(a, b, c):
    return (a, b, c)


def fd(a, b=5):
    return a * b


def fv(*args):
    return len(args)


def fk(a, *, k=2):
    return a + k


calls = [(f0, ()), (f1, (1,)), (f2, (5, 3)), (f3, (1, 2, 3)), (fd, (2,)), (fd, (2, 3)), (fv, (1, 2)), (fk, (1,)), (len, ([1, 2],)), (max, (3, 9)), (divmod, (7, 2))]


def call_each(fn, args):
    n = len(args)
    if n == 0:
        return fn()
    if n == 1:
        return fn(args[0])
    if n == 2:
        return fn(args[0], args[1])
    return fn(args[0], args[1], args[2])


print([call_each(fn, args) for fn, args in calls])
try:
    call_each(f2, (1,))
except TypeError as e:
    print("TypeError", e)
try:
    call_each(f0, (1, 2, 3))
except TypeError as e:
    print("TypeError", e)
bound = A(3).add
print(bound(1, 2), call_each(bound, (4, 5)), call_each(B(1).get, ()))


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


try:
    deep(50)
except ValueError as e:
    print("ValueError", e, e.__traceback__ is not None)


def setv(o, x):
    o.v = x
    o.extra = x + 1
    return o


stored = [setv(o, i) for i, o in enumerate(objs + [A(0), C(0), E(0)])]
stored += [setv(o, -i) for i, o in enumerate(objs)]
print([(o.v, o.extra, sorted(vars(o))) for o in stored])
