# Polymorphic attribute sites (LOAD_ATTR_POLY / STORE_ATTR_POLY /
# LOAD_METHOD_POLY) and the LOAD_FAST superinstructions over them: several
# classes and shapes through one site, then every way the cached answers can
# go stale while the site stays hot.


class A:
    kind = "A"

    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return ("A", self.v)


class B:
    kind = "B"

    def __init__(self, v):
        self.w = v * 3
        self.v = v

    def get(self):
        return ("B", self.v)


class C(A):
    def __init__(self, v):
        self.extra = 0
        A.__init__(self, v)

    def get(self):
        return ("C", self.v)


class D:
    __slots__ = ("v", "w")
    kind = "D"

    def __init__(self, v):
        self.v = v
        self.w = -v

    def get(self):
        return ("D", self.v)


def read(o):
    return o.v + o.w


def read_kind(o):
    return o.kind


def write(o, x):
    o.v = x
    o.w = x + 1


def call(o):
    return o.get()


def sweep(objs, rounds):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append(read(o))
            out.append(read_kind(o))
            write(o, r)
            out.append(call(o))
    return out


objs = [A(1), B(2), C(3), D(4), A(5)]
res = sweep(objs, 60)
print(len(res), res[:6], res[-6:])

# 1. a class attribute patched on one of the classes
A.kind = "A2"
print([read_kind(o) for o in objs])

# 2. a method replaced on a base class (C inherits nothing of get, A's changes)
A.get = lambda self: ("A-new", self.v)
print([call(o) for o in objs])

# 3. an attribute added to one instance (new shape through the hot sites)
objs[1].extra = 99
print(sweep(objs, 3)[-6:])

# 4. an instance switched to dictionary mode (del, __dict__)
del objs[0].w
objs[0].w = 7
print([read(o) for o in objs])
vars(objs[4])["w"] = 1000
print([read(o) for o in objs])

# 5. a data descriptor (property) added over an instance attribute name
B.v = property(lambda self: -12345)
print([read(o) for o in objs], [call(o) for o in objs])
try:
    write(objs[1], 1)
except AttributeError as e:
    print("AttributeError:", e)
del B.v
print([read(o) for o in objs])

# 6. __class__ assignment moves an instance to another class
objs[4].__class__ = C
print([call(o) for o in objs], [read_kind(o) for o in objs])

# 7. instance attribute shadowing a class attribute read through the site
objs[3 - 1].kind = "own"
print([read_kind(o) for o in objs])

# 8. more receiver kinds than the cache holds (megamorphic), then back
many = [type("K%d" % i, (), {"kind": i})() for i in range(12)]
for k in many:
    k.v = 1
    k.w = 2
print(sum(read(k) for k in many * 20), [read_kind(k) for k in many])
print(sweep(objs, 2)[-6:])

# 9. __getattr__ / __getattribute__ / __setattr__ defined later on a class
def ga(self, name):
    return "missing:" + name
B.__getattr__ = ga
b = B(1)
del b.w
print(read_kind(b), b.nothing, [read_kind(o) for o in objs])
def sa(self, name, value):
    object.__setattr__(self, name, ("set", value))
B.__setattr__ = sa
write(objs[1], 5)
print(objs[1].v, objs[1].w)
del B.__setattr__
def gattr(self, name):
    return "intercepted"
A.__getattribute__ = gattr
print([read_kind(o) for o in objs])
del A.__getattribute__
print([read_kind(o) for o in objs])


# 10. the superinstruction's local unbound at the hot site
def unbound(flag):
    if flag:
        o = A(1)
    return o.v


for i in range(30):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# 11. a method stored on the instance shadows the class method at a hot site
def m(o):
    return o.get()


a = A(3)
for i in range(40):
    m(a)
a.get = lambda: "instance attr"
print(m(a), m(A(4)))
