# dataclasses: decorator forms, field options, generated methods, hashing
# rules, frozen instances, helpers and error messages.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, FrozenInstanceError,
                         InitVar, KW_ONLY, MISSING)
from typing import ClassVar, List


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__hash__)
print(Point.__doc__, Point.__match_args__, Point.__init__.__qualname__, Point.y, hasattr(Point, "x"))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, q=1))
show(lambda: Point(1, x=1))
show(lambda: hash(p))
match p:
    case Point(a, b):
        print("match", a, b)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default="s", compare=False)
    cv: ClassVar[int] = 10
    computed: int = field(init=False, default=0)
    later: str = field(init=False, repr=False, compare=False)


i1 = Inventory("a")
i2 = Inventory("a")
i1.tags.append(1)
print(i1, i2, i1.tags is i2.tags, i1 == Inventory("a", [1], secret="other"), Inventory.cv, i1.computed, hasattr(i1, "later"))
print(Inventory.__doc__, [f.name for f in fields(Inventory)], Inventory.__match_args__)
print([(f.name, f.type, f.init, f.repr, f.compare, f.default is MISSING, f.default_factory is MISSING) for f in fields(i1)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 <= v2, v1 > v2, v2 >= v1, sorted([v2, v1, Version(0)]), v1 == Version(1, 2, "x"))
print(hash(v1) == hash((1, 2)), {v1, Version(1, 2)}, Version.__lt__.__qualname__)
show(lambda: setattr(v1, "major", 5))
show(lambda: delattr(v1, "major"))
show(lambda: setattr(v1, "other", 5))
show(lambda: v1 < (1, 2))
print(isinstance(FrozenInstanceError("x"), AttributeError))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__, NoEq(1))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash((1,)), Hashed(1, [2]))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True)
class FrozenHash:
    a: int
    b: int = field(default=2, hash=True, compare=False)


print(hash(FrozenHash(1)) == hash((1, 2)))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 10

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(2)
print(w, WithPost(2, 3), [f.name for f in fields(WithPost)], WithPost.__doc__)
print(replace(w, a=5, scale=2))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW.__doc__, KW.__match_args__)
show(lambda: KW(1, 2))
show(lambda: KW(1))


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2


print(AllKW(a=1), AllKW.__doc__)
show(lambda: AllKW(1))


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: int = 5
    x: int = 100


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child.__doc__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Nested:
    p: Point
    pts: List[Point]
    d: dict
    t: tuple


n = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)}, (Point(7, 8), 9))
print(asdict(n))
print(astuple(n))
print(asdict(p, dict_factory=list), astuple(p, tuple_factory=list))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(dict))
show(lambda: fields(1))
show(lambda: asdict(Point))
show(lambda: astuple(1))
show(lambda: replace(p, z=1))
show(lambda: replace(Inventory("a"), computed=1))
show(lambda: field(default=1, default_factory=list))


def bad_order():
    @dataclass
    class B:
        a: int = 0
        b: int


def mutable_default():
    @dataclass
    class M:
        a: list = []


def order_no_eq():
    @dataclass(order=True, eq=False)
    class O:
        pass


def overwrite_order():
    @dataclass(order=True)
    class O:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass(frozen=True)
    class F(Base):
        pass


def no_annotation():
    @dataclass
    class N:
        a = field(default=1)


for fn in [bad_order, mutable_default, order_no_eq, overwrite_order, frozen_from_plain, no_annotation]:
    show(fn)

Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.a + self.b + self.c})
d = Dyn(1, 2)
print(d, d.total(), Dyn.__module__, [f.type for f in fields(Dyn)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
show(lambda: setattr(s, "c", 1))


@dataclass
class Rec:
    items: list = field(default_factory=list)


r = Rec()
r.items.append(r)
print(r)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass(repr=False, init=False)
class Bare:
    a: int = 1


print(repr(Bare()).startswith("<__main__.Bare object"), Bare().a, Bare() == Bare())
