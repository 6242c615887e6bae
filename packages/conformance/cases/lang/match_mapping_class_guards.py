# match: mapping patterns with **rest, class patterns (positional via __match_args__, keyword), guards, as
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Plain:
    def __init__(self):
        self.tag = "plain"
def describe(obj):
    match obj:
        case {"kind": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"kind": "num", "value": int() | float() as v} if v > 100:
            return f"big number {v}"
        case {"kind": "num", "value": v}:
            return f"number {v!r}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point with x={px}"
        case Circle(Point(x=cx), r) if r > 5:
            return f"big circle at x={cx} r={r}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at ({c.x},{c.y})"
        case Plain(tag=t):
            return "plain with tag " + t
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str(s) as whole:
            return f"str {s} {whole is s}"
        case list([first, *_]) as l:
            return f"list starting {first} len {len(l)}"
        case _:
            return "unknown"
tests = [{"kind": "user", "name": "ann", "age": 3, "id": 9}, {"kind": "user", "name": 5},
         {"kind": "num", "value": 500}, {"kind": "num", "value": 5}, {"kind": "num"}, {},
         Point(0, 0), Point(0, 7), Point(3, 3), Point(4, 1), Circle(Point(1, 2), 10),
         Circle(Point(1, 2), 1), Plain(), -4, -2.5, True, 12, "txt", [9, 8], [], (1,)]
for t in tests:
    print(describe(t))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class Three:
    __match_args__ = ("a",)
    a = 1
try:
    match Three():
        case Three(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("rest", kw)
