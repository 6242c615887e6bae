# Simple classes: __init__, methods, class attributes, inheritance, super(), __repr__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


p = Point(3, 4)
q = Point(1, 2)
print(p, q, p + q, p.norm2(), Point.dims)
print(p == Point(3, 4), p == q, p != q)
r = Point3(1, 2, 3)
print(r.norm2(), r.dims, isinstance(r, Point), type(r).__name__)
pts = [Point(i, -i) for i in range(5)]
print(sum(pt.norm2() for pt in pts), sorted(pts, key=Point.norm2, reverse=True)[:2])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
print(hasattr(p, "x"), getattr(p, "z", "none"))
