# LOAD_ATTR / STORE_ATTR / LOAD_METHOD specializations, then every way to invalidate them.


class P:
    kind = "p"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


def get_x(o):
    return o.x


def get_kind(o):
    return o.kind


def set_x(o, v):
    o.x = v


def call_norm(o):
    return o.norm()


def run(label, fn, *args, n=40):
    out = []
    for _ in range(n):
        out.append(fn(*args))
    print(label, out[0], out[-1], len(set(map(repr, out))))


ps = [P(i, i * 2) for i in range(3)]
run("slot warm", get_x, ps[1])
run("class attr warm", get_kind, ps[1])
run("method warm", call_norm, ps[1])

# attribute added on the instance: shape changes, class attribute now shadowed
p = P(1, 2)
p.kind = "instance"
run("shadowed class attr", get_kind, p)
run("slot other shape", get_x, p)

# attribute deleted (dict mode)
q = P(5, 6)
del q.y
q.y = 7
run("after del", get_x, q)
del q.x
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError", e)

# class patched: class attribute rebound, method replaced
P.kind = "patched"
run("class attr patched", get_kind, ps[0])
P.norm = lambda self: self.x * 100
run("method patched", call_norm, ps[2])


# base class patched
class Base:
    tag = "base"

    def who(self):
        return "base"


class Derived(Base):
    def __init__(self):
        self.v = 1


def get_tag(o):
    return o.tag


def call_who(o):
    return o.who()


d = Derived()
run("base warm", get_tag, d)
run("base method warm", call_who, d)
Base.tag = "base2"
Base.who = lambda self: "patched base"
run("base patched", get_tag, d)
run("base method patched", call_who, d)
Derived.tag = "derived"
run("derived override", get_tag, d)

# __class__ assignment
class Other:
    kind = "other"

    def norm(self):
        return "other norm"


r = P(3, 4)
run("before class change", call_norm, r)
r.__class__ = Other
run("after class change", call_norm, r)
run("kind after class change", get_kind, r)


# __slots__
class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 0


s = S(9)
run("slots load", get_x, s)
for i in range(40):
    set_x(s, i)
print("slots store", s.x)
try:
    set_x(S.__new__(S), 1)
    print("store on fresh slots object ok")
except AttributeError as e:
    print("AttributeError", e)

# store specialization across shapes, then into a class with a property setter
objs = [P(0, 0) for _ in range(5)]
for i in range(40):
    set_x(objs[i % 5], i)
print("store", [o.x for o in objs])


class WithProp:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v + 1


w = WithProp()
for i in range(40):
    set_x(w, i)
print("property store", w._x, get_x(w))
run("property load", get_x, w)
WithProp.x = property(lambda self: "replaced")
run("property replaced", get_x, w)
del WithProp.x
w.x = "plain now"
run("property deleted", get_x, w)

# bound method replaced on the instance
b = P(1, 1)
run("method before instance override", call_norm, b)
b.norm = lambda: "instance lambda"
run("method instance override", call_norm, b)
del b.norm
run("method override deleted", call_norm, b)

# module attribute
import math


def get_pi(m):
    return m.pi


run("module attr", get_pi, math)
math.pi = 3
run("module attr rebound", get_pi, math)
del math.pi
try:
    get_pi(math)
except AttributeError as e:
    print("AttributeError", e)

# polymorphic site: several classes
class A1:
    def __init__(self):
        self.x = "a1"


class A2:
    def __init__(self):
        self.z = 0
        self.x = "a2"


mixed = [A1(), A2(), P(7, 8), A1(), A2()]
print("poly", [get_x(mixed[i % 5]) for i in range(40)][-5:])


# property with a Python getter (LOAD_ATTR_PROPERTY), then invalidated
class Q:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v + 1


def get_v(o):
    return o.v


run("property getter", get_v, Q())
Q.v = property(lambda self: "new getter")
run("property getter replaced", get_v, Q())


class Q2(Q):
    v = "plain attr in subclass"


run("property overridden in subclass", get_v, Q2())
del Q.v
q = Q()
q.v = "instance attr"
run("property deleted", get_v, q)


class Q3:
    @property
    def v(self):
        raise AttributeError("getter failed")

    def __getattr__(self, name):
        return "__getattr__ " + name


run("property raising with __getattr__", get_v, Q3())


# __getattribute__ / __getattr__ added to a class whose sites are specialized
class R:
    def __init__(self):
        self.x = "plain"
        self.v = "plain v"


r = R()
run("before __getattribute__", get_x, r)
R.__getattribute__ = lambda self, name: "intercepted " + name
run("after __getattribute__", get_x, r)
run("other site after __getattribute__", get_v, r)
del R.__getattribute__
run("after del __getattribute__", get_x, r)


class T:
    def __getattr__(self, name):
        return "missing " + name


t = T()
t.x = "present"
run("__getattr__ not used when present", get_x, t)
run("__getattr__ used when absent", get_v, t)
