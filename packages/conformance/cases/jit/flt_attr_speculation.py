# Float attributes read unboxed, then the speculation breaks mid-loop:
# an attribute deleted, a different shape, an int or a float subclass stored.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scale(self, k):
        self.x *= k
        self.y *= k


class H(float):
    def __mul__(self, other):
        return H(float(self) + 1000.0)


def run(n, change_at, change):
    pts = [P(i * 0.5, 1.0 / (i + 1)) for i in range(8)]
    total = 0.0
    for i in range(n):
        p = pts[i % 8]
        if i == change_at:
            change(p)
        try:
            total += p.norm2()
            p.scale(0.999)
        except AttributeError as exc:
            total = -1.0
            print("AttributeError:", exc)
            p.y = 2.0
    return total, [type(q.x).__name__ for q in pts]


def delete_y(p):
    del p.y


def add_z(p):
    p.z = 5.0


def int_x(p):
    p.x = 7


def sub_x(p):
    p.x = H(2.0)


for change in (delete_y, add_z, int_x, sub_x):
    print(change.__name__, run(4000, 3000, change))
