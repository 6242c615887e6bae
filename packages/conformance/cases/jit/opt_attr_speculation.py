# Tier 2 turns monomorphic attribute sites into shape-guarded slot loads and
# stores, cached attribute-adding transitions, and direct calls of methods.
# Every speculation is broken mid-loop here: a new shape, a deleted
# attribute, a patched method, a property added to the class, __class__
# reassigned, an instance __dict__ touched, a subclass instance.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self


def build(n):
    out = []
    for i in range(n):
        out.append(P(i * 0.5, i + 1))
    return out


def total(ps):
    s = 0.0
    for p in ps:
        s += p.norm2()
    return s


def scale_all(ps, k):
    for p in ps:
        p.scale(k)
    return ps[-1].x, ps[-1].y


ps = build(20000)
print(total(ps))
print(scale_all(ps, 2))

# A different shape through the same sites (extra attribute first).
odd = P.__new__(P)
odd.z = 1
odd.x = 3.0
odd.y = 4.0
ps[15000] = odd
print(total(ps))
print(scale_all(ps, 0.5))

# An attribute deleted mid-loop.


def read_x(ps, kill):
    s = 0.0
    for i, p in enumerate(ps):
        if i == kill:
            del ps[i + 1].x
        try:
            s += p.x
        except AttributeError as e:
            print("AttributeError", e)
    return s


print(read_x(build(20000), 12000))

# The method patched on the class mid-loop.


def patched(ps):
    s = 0.0
    for i, p in enumerate(ps):
        if i == 10000:
            P.norm2 = lambda self: -1.0
        s += p.norm2()
    return s


orig_norm2 = P.norm2
print(patched(build(20000)))
P.norm2 = orig_norm2

# A property shadowing the instance attribute, added mid-loop.


def prop_added(ps):
    s = 0.0
    for i, p in enumerate(ps):
        if i == 15000:
            P.y = property(lambda self: 100)
        s += p.y
    return s


print(prop_added(build(20000)))
del P.y

# __class__ reassigned mid-loop; an instance whose __dict__ was read; a subclass instance.


class Q(P):
    def norm2(self):
        return 7.0


def mixed(ps):
    s = 0.0
    for i, p in enumerate(ps):
        if i == 5000:
            ps[i + 1].__class__ = Q
        if i == 6000:
            d = ps[i + 1].__dict__
            d["x"] = 1000.0
        s += p.norm2() + p.x
    return s


ps = build(20000)
ps[8000] = Q(1, 2)
print(mixed(ps))

# Attribute-adding stores: a class attribute that later becomes a data descriptor.


class R:
    def __init__(self, v):
        self.a = v
        self.b = v * 2
        self.c = self.a + self.b


def make_rs(n):
    t = 0
    for i in range(n):
        r = R(i)
        t += r.c
    return t


print(make_rs(20000))
R.b = property(lambda self: 5, lambda self, v: None)
print(make_rs(20000))
