# Shape checks removed when a dominating check on the same object still holds
# (tier 2's shape-checks pass), and inlined calls that deoptimize when the
# callee changes. Each speculation is broken mid-loop: attributes added
# through an alias of the same object (shadowing a class attribute), deleted,
# a method's __code__ replaced, classes patched, polymorphic receivers, deep
# recursion through an inlined function.
import sys


class P:
    kind = "class-attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def bigger(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        return self


def fold(n):
    acc = P(0, 0)
    for i in range(n):
        p = P(i % 97, (i * 7) % 89)
        acc = acc.bigger(p)
        if i == 20000:
            P.bigger = lambda self, other: self
    return acc.x, acc.y


print(fold(30000))


def alias(n):
    out = []
    for i in range(n):
        o = P(i, i)
        box = [o, o]
        a = box[0]
        b = box[1]
        k1 = a.kind
        if i % 5000 == 4999:
            b.kind = "instance-attr"
        k2 = a.kind
        if k1 != k2:
            out.append((i, k1, k2))
    return out


print(alias(30000))


def deleting(n):
    s = 0
    errs = 0
    for i in range(n):
        o = P(i, 1)
        if i % 7000 == 6998:
            del o.y
        try:
            s += o.x if o.x % 2 else o.y
        except AttributeError:
            errs += 1
    return s, errs


print(deleting(30000))


class A:
    def __init__(self):
        self.v = 1
        self.flag = True

    def get(self):
        return self.v


class B:
    def __init__(self):
        self.flag = False
        self.v = 2

    def get(self):
        return self.v * 10


class C:
    def __init__(self):
        self.w = 0
        self.v = 3
        self.flag = True

    def get(self):
        return self.v + 100


def poly(n):
    objs = [A(), B(), C()]
    s = 0
    for i in range(n):
        o = objs[i % 3]
        if o.flag:
            s += o.v
        else:
            s -= o.v
        s += o.get() if o.v > 1 else o.v
        if i == 25000:
            B.get = lambda self: -1000
    return s


print(poly(30000))


def helper(x):
    return x + 1


def replaced_code(n):
    s = 0
    for i in range(n):
        s += helper(i)
        if i == 22000:
            helper.__code__ = (lambda x: x * 2).__code__
    return s


print(replaced_code(30000))


def down(k):
    return 0 if k == 0 else 1 + down(k - 1)


def deep(n):
    s = 0
    for i in range(n):
        s += down(i % 50)
    return s


print(deep(30000))
sys.setrecursionlimit(200)
try:
    print(down(500))
except RecursionError as e:
    print("RecursionError:", e)
print(deep(3000))
