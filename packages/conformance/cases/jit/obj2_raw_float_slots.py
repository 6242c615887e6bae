# Float attributes written and read by hot compiled code, then looked at
# through every generic path: identity, -0.0/nan/inf, getattr/vars/__dict__,
# copy, attributes past the 30th, __slots__ members, two classes through one
# site, and the attribute turning into an int/str/None mid-loop.
import copy
import math


class P:
    def __init__(self, i):
        self.a = i * 0.5
        self.b = -0.0 if i % 2 else 1.0 / (i + 1)
        self.n = i

    def step(self, k):
        self.a = self.a * 0.5 + k
        self.b = self.b - self.a
        self.n += 1
        return self.a


class Q:
    def __init__(self, i):
        self.pad = "q"
        self.a = float(i)
        self.b = 2.0

    def step(self, k):
        self.a = self.a * 0.5 + k
        self.b = self.b - self.a
        return self.a


def churn(objs, rounds):
    t = 0.0
    for r in range(rounds):
        for o in objs:
            t += o.step(r * 0.25)
    return t


ps = [P(i) for i in range(200)]
qs = [Q(i) for i in range(200)]
mixed = [x for pair in zip(ps, qs) for x in pair]
print(churn(mixed, 40))
p = ps[3]
a1 = p.a
print(a1 is p.a, p.a is p.a, getattr(p, "a") is p.a, vars(p)["a"] is p.a)
print(sorted(vars(p).items()))
c = copy.copy(p)
print(c.a == p.a, c.a is p.a, c.__dict__ == p.__dict__)
print(repr(ps[1].b), math.copysign(1.0, P(1).b))

# Special values stored by compiled code.
def specials(objs):
    for o in objs:
        o.a = o.a * 1e308 * 10
        o.b = o.a - o.a
    return objs


sp = specials([P(i) for i in range(1, 3000)])
print(sp[5].a, sp[5].b, sp[5].b == sp[5].b, math.isnan(sp[7].b))

# The attribute becomes something else after many float stores.
def retype(objs, when, value):
    out = []
    for k, o in enumerate(objs):
        if k == when:
            o.a = value
        try:
            out.append(o.step(1.0))
        except TypeError as e:
            out.append(type(e).__name__)
    return out[when - 1:when + 2], type(objs[when].a).__name__


for v in (7, 10 ** 30, "s", None, True, 2.5):
    print(retype([P(i) for i in range(2500)], 2000, v))


# Many attributes: slots past the raw limit.
class Wide:
    def __init__(self, x):
        for i in range(40):
            setattr(self, "f%d" % i, x + i)

    def bump(self):
        self.f0 += 0.5
        self.f29 += 0.5
        self.f30 += 0.5
        self.f39 = self.f39 * 1.5
        return self.f0 + self.f29 + self.f30 + self.f39


ws = [Wide(float(i)) for i in range(50)]
print(sum(w.bump() for _ in range(60) for w in ws))
print(ws[1].f39, ws[1].f30, ws[1].f29, vars(ws[1])["f0"])


class Slotted:
    __slots__ = ("u", "v")

    def __init__(self, u):
        self.u = u
        self.v = u * 2.0

    def mix(self):
        self.u = self.u + self.v * 0.5
        return self.u


ss = [Slotted(float(i)) for i in range(100)]
print(sum(s.mix() for _ in range(50) for s in ss), ss[9].u, ss[9].v)


# A float stored into two attributes keeps one identity.
class Two:
    def __init__(self, v):
        self.x = self.y = v * 1.5


ts = [Two(float(i)) for i in range(3000)]
print(all(t.x is t.y for t in ts), ts[10].x)
