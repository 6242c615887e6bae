# Attribute slot storage growth: instances of one class with different
# numbers of attributes, attributes added after __init__, __slots__ members
# set, cleared and set again, many attributes (past any reserved capacity).
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * 1.5)


class Grow:
    def __init__(self, big):
        self.x = 1.0
        if big:
            self.y = 2.0
            self.z = 3.0
            self.w = 4.0
            self.v = 5.0

    def total(self):
        return self.x + getattr(self, "y", 0.0) + getattr(self, "extra", 0.0)


objs = []
for i in range(3000):
    g = Grow(i % 7 == 0)
    if i % 5 == 0:
        g.extra = float(i)
    if i % 11 == 0:
        g.more = i
        g.x += 1.0
    objs.append(g)
print(sum(o.total() for o in objs))
print(sorted(vars(objs[0])), sorted(vars(objs[1])), sorted(vars(objs[5])), sorted(vars(objs[55])))

ms = [Many(k) for k in range(0, 80, 3)]
print([len(vars(m)) for m in ms][:10], sum(sum(vars(m).values()) for m in ms))
m = Many(70)
m.a69 = "last"
del m.a3
print(m.a0, m.a69, hasattr(m, "a3"), len(vars(m)))


class S:
    __slots__ = ("p", "q", "r")

    def __init__(self, p):
        self.p = p

    def fill(self, v):
        self.q = v
        self.r = v * 2.0
        return self.p + self.q + self.r


acc = 0.0
ss = [S(float(i)) for i in range(2000)]
for k, s in enumerate(ss):
    if k == 1000:
        del s.p
        try:
            s.fill(1.0)
        except AttributeError as e:
            print("AttributeError", e)
        s.p = -1.0
    acc += s.fill(0.5)
print(acc, ss[1000].p, ss[1000].r)
del ss[3].q
print(hasattr(ss[3], "q"), ss[3].r)
ss[3].q = 7.0
print(ss[3].q, ss[3].fill(1.0))


class Both(S):
    def __init__(self, p):
        super().__init__(p)
        self.extra = p + 0.5


bs = [Both(float(i)) for i in range(2000)]
print(sum(b.fill(1.0) + b.extra for b in bs), sorted(vars(bs[0])))
