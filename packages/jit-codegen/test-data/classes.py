# Methods, attributes, properties, inheritance, super(), dunder methods, class attributes.
class Vec:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @staticmethod
    def zero():
        return Vec(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 0)

class Vec3(Vec):
    dims = 3
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__() + f"+z={self.z}"

def work():
    v = Vec(1, 2) + Vec(3, 4)
    print(v, v.norm2, v == Vec(4, 6), v != Vec(0, 0), Vec.zero(), Vec.unit(), Vec3.unit())
    w = Vec3(1, 2, 3)
    print(w, w.dims, Vec.dims, isinstance(w, Vec), w.norm2)
    w.extra = "e"
    del w.extra
    try:
        w.extra
    except AttributeError as e:
        print("AttributeError", e)
    total = Vec(0, 0)
    for i in range(100):
        total = total + Vec(i, -i)
    print(total)
    pts = [Vec(i, i * i) for i in range(4)]
    pts[1] = Vec(9, 9)
    print(pts, pts[-1].y, sorted(pts, key=lambda p: -p.x)[0])
work()
