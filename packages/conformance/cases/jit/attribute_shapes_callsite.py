# one attribute-reading call site sees many layouts: dict instances with different orders, slots, class attrs, properties
class D1:
    def __init__(self, i): self.x = i; self.y = 1
class D2:
    def __init__(self, i): self.y = 2; self.x = i * 2
class S:
    __slots__ = ("x", "y")
    def __init__(self, i): self.x = i * 3; self.y = 3
class C:
    x = 7
    y = 4
class Prop:
    @property
    def x(self): return 11
    y = 5
class Dyn:
    def __getattr__(self, n): return 13 if n == "x" else 6
def read(o):
    return o.x * 10 + o.y
objs = [D1(1), D2(2), S(3), C(), Prop(), Dyn()]
total = 0
for i in range(36000):
    total += read(objs[i % 6])
print(total)
total = 0
for i in range(20000):
    o = D1(i)
    if i % 3 == 0:
        o.z = 1
    if i % 5 == 0:
        del o.y
        o.y = -1
    if i % 7 == 0:
        o.__dict__.clear(); o.x = 0; o.y = 0
    total += read(o)
print(total)
class Grow:
    pass
g = Grow()
for k in range(40):
    setattr(g, f"a{k}", k)
acc = 0
for i in range(20000):
    acc += getattr(g, f"a{i % 40}")
    if i == 10000:
        for k in range(0, 40, 2):
            delattr(g, f"a{k}")
        for k in range(0, 40, 2):
            setattr(g, f"a{k}", -k)
print(acc, list(vars(g))[:4])
class A:
    v = 1
class B:
    v = 2
obj = A()
s = 0
for i in range(20000):
    s += obj.v
    if i == 10000:
        obj.__class__ = B
    if i == 15000:
        obj.v = 100
print(s)
