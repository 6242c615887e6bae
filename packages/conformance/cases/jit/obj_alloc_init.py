# `Cls(...)` in hot loops: tier 2 allocates the instance itself and inlines
# (or directly calls) `__init__`. Every speculation is broken mid-loop: the
# class's `__init__` replaced, `__new__` defined, the name rebound to a class
# with `__slots__` or a metaclass `__call__`, `__init__` returning a value or
# raising, a subclass through the same site, a base class patched.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y * 2


def make(n, flip):
    total = 0.0
    for i in range(n):
        p = Point(i, 1.5)
        total += p.x + p.y
        if i == flip:
            def init3(self, x, y):
                self.x = -x
                self.y = y
                self.z = 1
            Point.__init__ = init3
    return total


print(make(15000, 11000))
p = Point(3, 4)
print(sorted(vars(p).items()))


class Counted:
    made = 0

    def __init__(self, v):
        self.v = v


def with_new(n, at):
    out = 0
    for i in range(n):
        c = Counted(i)
        out += c.v
        if i == at:
            def new(cls, v):
                Counted.made += 1
                return object.__new__(cls)
            Counted.__new__ = new
    return out, Counted.made


print(with_new(15000, 12500))


class Plain:
    def __init__(self, a):
        self.a = a


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a + 1000


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class ViaMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


def rebound(n):
    global Plain
    out = []
    for i in range(n):
        o = Plain(i)
        if i % 4999 == 0 or i == 12000:
            out.append(o if isinstance(o, tuple) else (type(o).__name__, o.a))
        if i == 11000:
            Plain = Slotted
        if i == 13000:
            Plain = ViaMeta
    return out


print(rebound(15000))


class Returns:
    def __init__(self, v):
        self.v = v
        if v == 14000:
            return v


def init_returns(n):
    s = 0
    try:
        for i in range(n):
            s += Returns(i).v
    except TypeError as e:
        print("TypeError:", e, s)


init_returns(15000)


class Raises:
    def __init__(self, v):
        if v == 14500:
            raise ValueError("bad %d" % v)
        self.v = v


def init_raises(n):
    s = 0
    for i in range(n):
        try:
            s += Raises(i).v
        except ValueError as e:
            print("caught", e, s)
    return s


print(init_raises(15000))


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v + 1


class Sub(Base):
    pass


class Sub2(Base):
    def __init__(self, v):
        Base.__init__(self, v)
        self.extra = "x"


def mixed(n):
    classes = [Base, Sub, Sub2]
    s = 0
    names = set()
    for i in range(n):
        cls = classes[0] if i < 11000 else classes[i % 3]
        o = cls(i)
        s += o.w - o.v
        names.add(type(o).__name__)
        if i == 13000:
            def binit(self, v):
                self.v = v
                self.w = v + 10
            Base.__init__ = binit
    return s, sorted(names)


print(mixed(15000))


class Deleted:
    def __init__(self, v):
        self.a = v
        self.b = v * 2


def deleting(n):
    s = 0
    for i in range(n):
        d = Deleted(i)
        if i == 12000:
            del d.a
        try:
            s += d.a + d.b
        except AttributeError as e:
            print("AttributeError:", e)
    return s


print(deleting(15000))


class Defaults:
    def __init__(self, a, b=5):
        self.a = a
        self.b = b


def defaults(n):
    s = 0
    for i in range(n):
        s += Defaults(i).b + Defaults(i, 1).b
    return s


print(defaults(15000))


class Arity:
    def __init__(self, a):
        self.a = a


def arity(n):
    s = 0
    for i in range(n):
        try:
            s += Arity(i).a if i != 13500 else Arity().a
        except TypeError as e:
            print("TypeError:", e)
    return s


print(arity(15000))


class E(Exception):
    def __init__(self, code):
        self.code = code


def exc_class(n):
    s = 0
    for i in range(n):
        e = E(i)
        s += e.code + len(e.args)
    return s


print(exc_class(15000))


class Nested:
    def __init__(self, v):
        self.inner = Point(v, v)
        self.v = v


def nested(n):
    s = 0
    for i in range(n):
        s += Nested(i).inner.y
    return s


print(nested(15000))


class Rec:
    def __init__(self, depth):
        self.child = Rec(depth - 1) if depth > 0 else None


def chain(n):
    c = 0
    for i in range(n):
        r = Rec(3)
        while r is not None:
            c += 1
            r = r.child
    return c


print(chain(4000))


class Typed:
    def __init__(self, a, b):
        self.a = a * 2.0
        self.b = a / b


def typed(n):
    s = 0.0
    out = []
    for i in range(n):
        b = 2.0 if i < 11000 else (3 if i < 12500 else "x" if i == 14999 else 0.5)
        try:
            t = Typed(float(i), b)
            s += t.a + t.b
        except TypeError as e:
            out.append(str(e))
    return s, out


print(typed(15000))


def typed_nohandler(n):
    s = 0.0
    for i in range(n):
        t = Typed(i * 1.0, 4.0 if i < 12500 else i - 13000)
        s += t.b
    return s


try:
    typed_nohandler(15000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
