# type(name, bases, dict): methods, class attributes, inheritance, __qualname__/__module__, later modification
def init(self, x):
    self.x = x
def double(self):
    return self.x * 2
Point = type("Point", (), {"__init__": init, "double": double, "dims": 2, "__repr__": lambda s: f"Point({s.x})"})
p = Point(21)
print(p, p.double(), Point.dims, Point.__name__, Point.__qualname__, Point.__module__)
Point3 = type("Point3", (Point,), {"dims": 3, "triple": lambda s: s.x * 3})
q = Point3(5)
print(q, q.double(), q.triple(), Point3.dims, [c.__name__ for c in Point3.__mro__])
Point.extra = lambda s: "added later"
print(q.extra(), hasattr(Point3, "extra"))
del Point.extra
print(hasattr(q, "extra"))
Point.__name__ = "Renamed"
print(Point.__name__, Point.__qualname__, type(Point(1)).__name__)
def make_class(n):
    attrs = {f"f{i}": (lambda i: lambda self: i * n)(i) for i in range(3)}
    return type(f"Gen{n}", (object,), attrs)
G = make_class(10)
g = G()
print(G.__name__, g.f0(), g.f1(), g.f2(), sorted(k for k in G.__dict__ if k.startswith("f")))
class Meta(type):
    pass
M = Meta("M", (), {"v": 1})
print(type(M).__name__, M.v, isinstance(M, type))
try:
    type("X", (), {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", "not a tuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
print(type(5).__name__, type("s") is str, type(type(5)))
Counter = type("Counter", (dict,), {"__missing__": lambda self, k: 0})
c = Counter()
for ch in "banana":
    c[ch] = c[ch] + 1
print(c, isinstance(c, dict))
Err = type("Err", (ValueError,), {"code": 9})
try:
    raise Err("dynamic")
except ValueError as e:
    print(type(e).__name__, e, e.code)
S = type("S", (), {"__slots__": ("a",)})
s = S()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
ns = {}
exec("class Exec:\n    y = 4\n    def m(self): return self.y + 1", ns)
print(ns["Exec"]().m(), ns["Exec"].__module__)
print(vars(type("V", (), {"a": 1}))["a"], type.__dict__["__name__"].__class__.__name__)
