# Polymorphic attribute and method sites: several classes through one site,
# then a new class, a patched method, an instance attribute shadowing a
# method, and a changed attribute layout arrive mid-loop.


class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0

    def twice(self):
        return self.n * 2


class A(Base):
    def step(self, x):
        self.hits += 1
        return x + self.n


class B(Base):
    def __init__(self, n):
        self.extra = "b"
        Base.__init__(self, n)

    def step(self, x):
        self.hits += 1
        return x * 2 + self.n


class C(Base):
    def step(self, x):
        self.hits += 1
        return x - self.n


class D(Base):
    kind = "d"

    def step(self, x):
        self.hits += 1
        return x ^ self.n


class E(Base):
    def step(self, x):
        return x + 1000


def drive(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.step(r)
            total += o.twice()
            total += o.n
    return total


objs = [A(1), B(2), C(3), D(4)]
print(drive(objs, 2000))
print([o.hits for o in objs])

# A fifth class through the same sites.
objs2 = objs + [E(5)]
print(drive(objs2, 50))

# A method patched on one class mid-run.
def step_patched(self, x):
    return -x

C.step = step_patched
print(drive(objs, 50))

# An instance attribute shadows the method.
objs[0].step = lambda x: 7
print(drive(objs, 50))

# Different attribute layout (extra attribute added first) for an A instance.
a2 = A(9)
a2.other = 1
print(drive([a2, objs[1]], 20))

# A class attribute read polymorphically, then rebound.
class K1:
    tag = 1

class K2:
    tag = 2

def tags(items, n):
    s = 0
    for i in range(n):
        for it in items:
            s += it.tag
    return s

ks = [K1(), K2()]
print(tags(ks, 3000))
K2.tag = 10
print(tags(ks, 10))


# Polymorphic stores through one site.
class P:
    def __init__(self):
        self.a = 0
        self.b = 0

class Q:
    def __init__(self):
        self.b = 0
        self.a = 0

def bump(items, n):
    for i in range(n):
        for it in items:
            it.a = it.a + i
            it.b = i
    return [(it.a, it.b) for it in items]

print(bump([P(), Q()], 3000))
print(bump([P(), Q(), P()], 5))
