# match: literal, capture, wildcard, value (dotted) patterns, sequence patterns with star, nested patterns
class Color:
    RED = 101
    GREEN = 102
class Const:
    LIMIT = 10
def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True literal"
        case 0 | 0.0:
            return "zero"
        case "hello" | b"hello":
            return "greeting"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case Const.LIMIT:
            return "at limit"
        case Color.RED:
            return "red"
        case ():
            return "empty sequence"
        case (x,):
            return f"one element {x!r}"
        case (1, y):
            return f"starts with 1 then {y}"
        case [a, b, *rest] if len(rest) > 2:
            return f"long: {a},{b} +{rest}"
        case (*init, "end"):
            return f"ends with end after {init}"
        case [[p, q], [r, s]]:
            return f"2x2 {p}{q}{r}{s}"
        case [a, b, c]:
            return f"triple {a} {b} {c}"
        case str() as s:
            return f"other string {s}"
        case _:
            return "fallback " + type(v).__name__
for v in [None, True, 1, 0, 0.0, False, "hello", b"hello", -1, 1 + 2j, 10, Color.RED, Color.GREEN,
          (), [], [5], "x", (1, 2), [1, 2], [1, 2, 3, 4, 5], ("a", "end"), ["end"], [[1, 2], [3, 4]],
          (7, 8, 9), "abc", {"a": 1}, range(3), 3.5]:
    print(repr(v), "->", classify(v))
def unpack(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *args]:
            return f"unknown {verb} {args}"
for c in ["go north", "go", "go a b", "pick up lamp", "take key", "quit", "exit", "", "dance wildly now"]:
    print(repr(c), "->", unpack(c))
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print("capture may bind on partial match:", x)
