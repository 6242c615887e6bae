# Set/dict comprehensions and generator expressions in hot code: duplicate
# keys (1 / 1.0 / True), user __hash__/__eq__ (that may raise), unhashable
# items raising mid-comprehension with tracebacks through the comprehension
# frame, exception chaining (__context__/__cause__) out of comprehensions.
import traceback


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.calls += 1
        if self.v == -1:
            raise ValueError("bad hash")
        return hash(self.v % 5)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 5 == other.v % 5

    def __repr__(self):
        return f"Key({self.v})"


def squares(n):
    return {x * x % 17 for x in range(n)}


def index(n):
    return {x % 13: x for x in range(n)}


def mixed(n):
    return {k: i for i, k in enumerate([1, 1.0, True, 2, 2.0] * n)}


def keyed(n):
    return {Key(i) for i in range(n)}, {Key(i): i for i in range(n)}


def unhashable(n, bad):
    return {(i if i != bad else [i]) for i in range(n)}


def bad_key(n, bad):
    return {(i if i != bad else {}): i for i in range(n)}


def chained(n):
    try:
        return {i: 10 // (i - n // 2) for i in range(n)}
    except ZeroDivisionError as e:
        raise KeyError("wrapped") from e


def implicit(n):
    try:
        raise IndexError("first")
    except IndexError:
        return {Key(i - 1) for i in range(n)}


acc = 0
for r in range(300):
    acc += len(squares(50 + r % 7)) + sum(index(40 + r % 3).values())
    acc += sum(mixed(2).values())
print(acc, sorted(squares(100)), mixed(3))
s, d = keyed(12)
print(sorted(s, key=lambda k: k.v), sorted(d.items(), key=lambda kv: kv[1]), Key.calls > 0)

for bad in (0, 7, 99):
    try:
        unhashable(100, bad)
    except TypeError as e:
        print("TypeError", e)
        traceback.print_exc(limit=None, file=None) if False else None
        tb = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.lineno, f.line) for f in tb])
    try:
        bad_key(100, bad)
    except TypeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("TypeError", e, [(f.name, f.lineno) for f in tb])

for n in (10, 11):
    try:
        chained(n)
    except KeyError as e:
        c = e.__cause__
        print(repr(e), repr(c), e.__suppress_context__, [(f.name, f.lineno) for f in traceback.extract_tb(c.__traceback__)])

try:
    implicit(5)
except ValueError as e:
    print(repr(e), repr(e.__context__), [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

try:
    total = sum(1 // (x - 3) for x in range(10))
except ZeroDivisionError as e:
    print(repr(e), [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

print(len(index(10 ** 4)), len(squares(10 ** 4)))
print({k: v for k, v in zip("abcab", range(5))})
print({frozenset([i % 3]) for i in range(10)} == {frozenset([0]), frozenset([1]), frozenset([2])})
s = {x for x in range(3)}
s2 = {x: [y for y in range(x)] for x in range(4)}
print(s, s2)
unhashable(5, 3)
