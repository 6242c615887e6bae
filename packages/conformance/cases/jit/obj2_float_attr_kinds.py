# Float attributes through hot methods; mid-loop the attribute becomes an
# int, a str, None, a float subclass, and goes back to float.
import math


class FloatSub(float):
    def __truediv__(self, other):
        return FloatSub(float(self) / other + 0.25)


class P:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm
        return x

    def bigger(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        return self


def run(n, swap_at, make):
    pts = [P(i) for i in range(n)]
    acc = 0.0
    for k, p in enumerate(pts):
        if k == swap_at:
            p.x = make(k)
        try:
            r = p.normalize()
            acc += r if isinstance(r, float) else 0.5
        except TypeError as e:
            print("TypeError", k, e)
            p.x = 1.0
    best = pts[0]
    for p in pts[1:]:
        best = best.bigger(p)
    print(round(acc, 6), repr(best.x)[:12], repr(best.y)[:12], type(best.x).__name__)
    return pts


run(3000, 1500, lambda k: k)
run(3000, 1500, lambda k: 10 ** 20)
run(3000, 1500, lambda k: "s")
run(3000, 1500, lambda k: None)
run(3000, 1500, lambda k: FloatSub(2.5))
run(3000, 1500, lambda k: True)
pts = run(3000, 2999, lambda k: -0.0)
print(pts[2999].x, pts[0].x is pts[0].x)
q = pts[10]
a = q.x
print(a is q.x, a == q.x)
q.normalize()
print(a is q.x, a == q.x)
