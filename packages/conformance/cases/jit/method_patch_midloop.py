# methods patched on a class, on a base class, and on an instance while a hot loop calls them
class Base:
    def f(self, x): return x
class Mid(Base):
    pass
class Leaf(Mid):
    pass
objs = [Base(), Mid(), Leaf()]
total = 0
for i in range(30000):
    total += objs[i % 3].f(i)
    if i == 6000:
        Mid.f = lambda self, x: x * 2
    elif i == 12000:
        Base.f = lambda self, x: -x
    elif i == 18000:
        del Mid.f
    elif i == 24000:
        objs[2].f = lambda x: 1000
print(total)
class Counter:
    def __init__(self): self.n = 0
    def inc(self): self.n += 1
c = Counter()
for i in range(20000):
    c.inc()
    if i == 10000:
        def inc2(self): self.n += 10
        Counter.inc = inc2
print(c.n)
class P:
    @property
    def v(self): return 1
p = P()
s = 0
for i in range(20000):
    s += p.v
    if i == 5000:
        P.v = property(lambda self: 2)
    if i == 10000:
        P.v = 3
    if i == 15000:
        p.__dict__["v"] = 4
print(s)
class Op:
    def __add__(self, o): return 1
a = Op()
r = 0
for i in range(20000):
    r += a + i
    if i == 10000:
        Op.__add__ = lambda self, o: 2
print(r)
