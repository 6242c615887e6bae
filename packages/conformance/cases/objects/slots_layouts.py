# __slots__: inheritance, mixing with __dict__, slot descriptors, defaults conflicts, empty slots
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p = P3(1, 2, 3)
print(p.x, p.y, p.z, hasattr(p, "__dict__"))
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(P):
    pass
l = Loose(1, 2)
l.anything = "ok"
print(vars(l), l.x)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
print(type(P.__dict__["x"]).__name__, P.x.__name__, P.x.__get__(p))
e = P.__new__(P)
try:
    e.x
except AttributeError as ex:
    print("AttributeError:", ex)
e.x = 5
del e.x
try:
    del e.x
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 3
except ValueError as ex:
    print("ValueError:", ex)
class Empty:
    __slots__ = ()
try:
    Empty().q = 1
except AttributeError as ex:
    print("AttributeError:", ex)
class StrSlot:
    __slots__ = "single"
s = StrSlot()
s.single = "one"
print(s.single, StrSlot.__slots__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
pts = [Point(i, i * i) for i in range(4)]
print(pts, Point(1, 1) == Point(1, 1))
print(sorted(getattr(Point(7, 8), n) for n in Point.__slots__))
try:
    class BadSlot:
        __slots__ = ("1abc",)
except TypeError as ex:
    print("TypeError:", ex)
print(P3.__mro__[1].__slots__, "z" in dir(p))
