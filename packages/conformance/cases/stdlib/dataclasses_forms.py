# dataclasses: decorator forms (@dataclass, @dataclass(), options eq/order/frozen/unsafe_hash/repr/init/kw_only/slots/match_args), field() options, KW_ONLY, InitVar, ClassVar, fields/asdict/astuple/replace/is_dataclass/make_dataclass, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, KW_ONLY, InitVar, FrozenInstanceError, MISSING
from typing import ClassVar
@dataclass
class A:
    x: int
    y: float = 1.5
    tags: list = field(default_factory=list)
@dataclass()
class B:
    name: str
    hidden: int = field(default=0, repr=False, compare=False)
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
@dataclass(unsafe_hash=True)
class H:
    a: int
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
@dataclass(slots=True)
class S:
    a: int
    b: str = "s"
@dataclass
class WithInit:
    total: int = 0
    factor: InitVar[int] = 1
    counter: ClassVar[int] = 0
    def __post_init__(self, factor):
        self.total *= factor
@dataclass(repr=False, eq=False, init=True)
class Plain:
    v: int
a = A(1); print(a, A(2, 2.5, [1]), a == A(1), a != A(1, 2.0), A.__match_args__, fields(a)[2].name, [f.name for f in fields(A)])
print(B("n", 5), B("n", 1) == B("n", 2), V(1, 2) < V(1, 3), V(2) > V(1, 9), sorted([V(1, 1), V(0, 5)]), hash(V(1)) == hash(V(1)), hash(H(3)) == hash(H(3)))
print(K(a=1), M(1, c=5), S(3), S.__slots__, hasattr(S(1), "__dict__"), WithInit(3, 4), WithInit.counter, [f.name for f in fields(WithInit)])
print(asdict(A(1, tags=[A(2)])), astuple(V(1, 2)), replace(V(1, 2), minor=7), is_dataclass(A), is_dataclass(a), is_dataclass(1), Plain(1) == Plain(1), repr(Plain(1)).startswith("<"))
P = make_dataclass("P", ["x", ("y", int), ("z", int, field(default=3))], namespace={"total": lambda self: self.x + self.y + self.z})
print(P(1, 2), P(1, 2).total(), P.__name__, MISSING is not None, repr(field(default=1))[:6])
for bad in [lambda: V(1).__setattr__("major", 3), lambda: A(), lambda: K(1), lambda: replace(V(1), nope=1), lambda: asdict(1), lambda: H([]) and hash(H([])),
            lambda: make_dataclass("Q", ["a", "a"]), lambda: setattr(S(1), "zz", 1), lambda: V(1) < A(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
