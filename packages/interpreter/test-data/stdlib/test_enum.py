# enum: Enum/IntEnum/StrEnum/Flag/IntFlag, auto, unique, lookups, reprs,
# str/format rules, functional API and error messages.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @property
    def prop(self):
        return self.value * 10

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), f"[{Color.BLUE!r}]")
print(list(Color), len(Color), list(reversed(Color)), list(Color.__members__), Color.CRIMSON is Color.RED)
print(Color(1), Color["GREEN"], Color.RED.name, Color.RED.value, Color.RED.describe(), Color.BLUE.prop, Color.default())
print(type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum), repr(Color), Color.__mro__)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, hash(Color.RED) == hash("RED"))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), Color.__members__["CRIMSON"])
print(Color.__members__)
show(lambda: Color(4))
show(lambda: Color["PINK"])
show(lambda: Color("1"))
show(lambda: setattr(Color, "RED", 5))
show(lambda: delattr(Color, "RED"))
show(lambda: 1 in Color)
show(lambda: Color.RED < Color.GREEN)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")


class Num(IntEnum):
    ONE = 1
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(repr(Num.TWO), str(Num.TWO), f"{Num.TWO:>4}", Num.TWO + 1, Num.ONE == 1, Num(10), sorted([Num.TWO, Num.ONE]), list(Num), int(Num.TEN), Num.ELEVEN.value)
print(isinstance(Num.ONE, int), Num.__mro__, [1, 2, 3][Num.ONE], hash(Num.ONE) == hash(1), Num.ONE < 5)


class S(StrEnum):
    A = auto()
    B = "bee"


print(repr(S.A), str(S.A), f"{S.B}", S.B == "bee", S("bee"), S.A.upper(), list(S), isinstance(S.A, str))


def bad_str():
    class T(StrEnum):
        X = 1


show(bad_str)


class A(Enum):
    X = auto()
    Y = 10
    Z = auto()


print(list(A), [m.value for m in A], repr(auto(5)))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, Planet.MERCURY.value, repr(Planet.EARTH), round(Planet.EARTH.gravity, 2))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.name, Coord(1).label, Coord.PX.value, bytes(Coord.PY))


class Missing(Enum):
    X = 1

    @classmethod
    def _missing_(cls, value):
        if value == "x":
            return cls.X
        return None


print(Missing("x"), repr(Missing.X))
show(lambda: Missing(9))


class BadMissing(Enum):
    X = 1

    @classmethod
    def _missing_(cls, value):
        return 5


show(lambda: BadMissing(2))


def extend():
    class Sub(Color):
        pass


def duplicate():
    class D(Enum):
        A = 1
        A = 2


def dup_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


for fn in [extend, duplicate, dup_unique]:
    show(fn)


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))


class Base(Enum):
    def hello(self):
        return f"hello {self.name}"


class Derived(Base):
    P = 1
    Q = 2


print(Derived.P.hello(), list(Derived))

Animal = Enum("Animal", "ANT BEE CAT")
print(repr(Animal), list(Animal), Animal.BEE.value, Animal.__module__)
print(list(Enum("Pairs", [("X", 5), ("Y", 7)])), list(IntEnum("D", {"X": 5})), list(Enum("L", ["a", "b"])), list(Enum("C", "p, q", start=10)))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(repr(Perm.R | Perm.W), repr(~Perm.R), repr(Perm(0)), repr(Perm(7)), list(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W))
print(repr(Perm(6)), repr(Perm.RW), list(Perm), repr(~Perm.RW), str(Perm(0)), str(Perm.R | Perm.X), len(Perm.R | Perm.W), repr(Perm.R ^ Perm.RW), repr(Perm.R & Perm.W))
print(bool(Perm(0)), bool(Perm.R), Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) is Perm.RW, format(Perm.R | Perm.W))
show(lambda: Perm(8))
show(lambda: Perm.R | 1)


class IP(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(repr(IP.A | IP.B), repr(IP(3)), str(IP.A | IP.B), repr(IP(8)), repr(IP(11)), repr(~IP.A), repr(IP.A | 8), repr(IP(0)), list(IP(11)))
print(IP.A | 2, 1 | IP.B, IP.C.value, IP.A + 1, f"{IP.B}", isinstance(IP.A, int), IP.A & 3, repr(IP.A & IP.B))


class Shape(Flag):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [m.value for m in Shape])
print(enum.EnumMeta is enum.EnumType, type(Color).__name__, isinstance(Color, enum.EnumType))
