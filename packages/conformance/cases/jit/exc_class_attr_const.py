# `Base.method(self, ...)` through a class read as a constant at tier 2: the
# function or builtin method descriptor found on the class is a constant
# watched through the class version. Exercise: Exception.__init__ from a user
# exception's __init__, Base.__init__ chains, a base method rebound mid-loop
# (seen through a subclass), a class attribute shadowing it on the subclass,
# descriptors called with a wrong receiver (CPython's TypeError), and names
# `type` itself defines as data (__name__, __doc__) or as a method (mro).


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Base:
    def __init__(self, x):
        self.x = x

    def scale(self, k):
        return self.x * k


class Mid(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y


class Leaf(Mid):
    def total(self, k):
        return Mid.scale(self, k) + self.y


def make_errors(n):
    acc = 0
    for i in range(n):
        e = AppError(i % 7)
        acc += e.code + len(e.args)
    return acc


def build(n):
    acc = 0
    for i in range(n):
        o = Leaf(i, 2)
        acc += o.total(3)
        if i == n // 2:
            Base.scale = lambda self, k: -k
        if i == (3 * n) // 4:
            Mid.scale = lambda self, k: 1000
    return acc


def wrong_receiver(n):
    out = []
    for i in range(n):
        try:
            BaseException.__init__(i, 1)
        except TypeError as e:
            out.append(str(e))
    return len(out), out[0]


def type_names(n):
    acc = []
    for i in range(n):
        acc.append((Leaf.__name__, Mid.mro()[1].__name__, str.upper("ab"), dict.fromkeys("ab", i)["a"]))
    return acc[-1], len(acc)


print(make_errors(3000))
print(build(3000))
print(wrong_receiver(1500))
print(type_names(2000))
Base.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(build(1500))


def alt_constructors(n):
    # classmethods / staticmethods of builtin types stay calls through the attribute.
    out = []
    for i in range(n):
        out.append((int.from_bytes(b"\x01\x02", "big"), float.fromhex("0x1p3"), str.maketrans("a", "b")[97], dict.fromkeys("xy", i)["y"], bytes.fromhex("41"), object.__new__(object).__class__.__name__))
    return out[-1]


print(alt_constructors(3000))
