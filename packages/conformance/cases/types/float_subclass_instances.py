# Exact floats and instances of float subclasses: a subclass instance has its
# own __dict__/__slots__/__class__, an exact float has none of them.
import copy


class F(float):
    pass


class G(float):
    __slots__ = ("q",)


class H(F):
    def __repr__(self):
        return "H(%s)" % float.__repr__(self)


f = F(2.5)
f.a = 3
print(f, f.a, type(f).__name__, f.__dict__, f + 1, type(f + 1).__name__)
g = G(1.5)
g.q = 7
print(g.q, g * 2, type(g * 2).__name__, hasattr(g, "__dict__"))
f.__class__ = H
print(type(f).__name__, repr(f), f.a)
for bad in (lambda: setattr(1.0, "__class__", F), lambda: setattr(g, "__class__", float)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    (1.5).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print((1.5).__dict__)
except AttributeError as e:
    print("AttributeError:", e)
print(type(1.5).__name__, (1.5).__class__.__name__, isinstance(f, float), float.__new__(F, 3.0).__class__.__name__)
c = copy.copy(f)
print(c, type(c).__name__, c.a, type(copy.deepcopy(g)).__name__)
print(F(0.0) == 0, F(-0.0), hash(F(1.0)) == hash(1), {F(2.0): "x"}[2])
total = 0.0
for i in range(2000):
    x = F(i) if i % 3 == 0 else float(i)
    total += x * 0.5
    if type(x) is F:
        x.tag = i
print(total, sum(F(i) for i in range(10)), type(sum(F(i) for i in range(10))).__name__)
print(sorted([F(3.5), 1.25, G(2.0)]), max(F(1.0), 2.0, key=float))
