# Deoptimization inside inlined callees mid-loop: an argument changes type,
# a global the callee reads is rebound, the callee's __code__ and
# __defaults__ are replaced, a method is patched on its class. Every result
# must be the interpreter's.


SCALE = 3


def scale(x):
    return x * SCALE + 1


def combine(a, b):
    return scale(a) - scale(b)


def run(values):
    out = 0
    for v in values:
        out = out + combine(v, 2)
    return out


ints = list(range(200))
print(run(ints))
for _ in range(30):
    run(ints)
print(run(ints))
print(run([1.5, 2.5, 3]))
print(run([10**15, 10**16]))
print(run([2**53, 2**60]))
mixed = ["a", "b"]


def scale_str(x):
    return x * 2


print(run(ints[:50]))
SCALE = 0.5
print(run(ints[:50]))
SCALE = 3
print(run(ints[:50]))
scale.__code__ = scale_str.__code__
try:
    print(run(ints[:5]))
    print(run(mixed))
except TypeError as e:
    print("TypeError", e)
scale.__code__ = (lambda x: x + 100).__code__
print(run(ints[:50]))


def bump(x, y=1):
    return x + y


def use_bump(n):
    s = 0
    for i in range(n):
        s += bump(i, 2)
    return s


for _ in range(20):
    use_bump(100)
print(use_bump(100))
bump.__defaults__ = (5,)
print(use_bump(100))


def bump3(x, y):
    return x - y


bump.__code__ = bump3.__code__
print(use_bump(100))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def walk(points):
    t = 0
    for p in points:
        t += p.norm1() + p.dot(p)
    return t


pts = [Point(i, -i) for i in range(100)]
for _ in range(30):
    walk(pts)
print(walk(pts))
Point.norm1 = lambda self: 1
print(walk(pts))
pts[3].x = 2.5
print(walk(pts))
del Point.norm1
try:
    walk(pts)
except AttributeError as e:
    print("AttributeError", e)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


for _ in range(300):
    fact(15)
print(fact(15), fact(25), fact(30))
print(fact(2.5))
