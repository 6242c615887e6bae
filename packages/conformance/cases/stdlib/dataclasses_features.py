# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, order, frozen, field options, asdict/replace, __post_init__, inheritance
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="different")
print(a, a == b, a.tags is not Item("q").tags, Item.__init__.__code__.co_varnames[:5])
a.tags.append("office")
print(asdict(a), astuple(a), replace(a, price=2.0), [f.name for f in fields(a)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs), Version(1, 0) < Version(1, 1), Version(2) == Version(2, 0, "other"), max(vs))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), {p: "ok"}[Point(1, 2)], p)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3).area)
@dataclass
class Base:
    id: int
    kind: str = "base"
@dataclass
class Child(Base):
    extra: str = "e"
    kind: str = "child"
print(Child(7), Child(1, "k", "x"), [f.name for f in fields(Child)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), is_dataclass(Ident), is_dataclass(Ident(1)), is_dataclass(5))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3), Opts.__match_args__)
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
