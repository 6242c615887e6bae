# rich comparisons: reflection (< vs >), NotImplemented fallback, identity fallback for ==, error messages
class W:
    def __init__(self, v, log):
        self.v, self.log = v, log
    def __lt__(self, o):
        self.log.append(f"{self.v}.__lt__")
        return NotImplemented if not isinstance(o, W) else self.v < o.v
    def __gt__(self, o):
        self.log.append(f"{self.v}.__gt__")
        return NotImplemented if not isinstance(o, W) else self.v > o.v
    def __eq__(self, o):
        self.log.append(f"{self.v}.__eq__")
        return NotImplemented
log = []
a, b = W(1, log), W(2, log)
print(a < b, a > b, log)
log.clear()
print(a == b, a == a, a != b, log)
log.clear()
try:
    a < 5
except TypeError as e:
    print("TypeError:", e, log)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)
class Sub(W):
    def __gt__(self, o):
        self.log.append("Sub.__gt__")
        return "sub reflected first"
log.clear()
print(W(1, log) < Sub(2, log), log)
class Eq:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Eq) and self.k == o.k
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1))
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver" + str(self.p)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), Ver(1, 0) >= Ver(0, 9), Ver(1) <= Ver(1), max(vs))
for x, y in [(1, "a"), ([1], (1,)), ({1}, [1]), (None, 0), (1j, 2j)]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), {1} < {1, 2}, {1, 2} > {3}, "Z" < "a")
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
class Always:
    def __eq__(self, o): return True
print(Always() in [1, 2], [1, 2].count(Always()), [3].index(Always()) if False else [3, 4].index(Always()))
