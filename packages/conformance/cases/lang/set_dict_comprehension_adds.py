# SET_ADD / MAP_ADD in set and dict comprehensions: duplicate keys (last value
# wins, first key object kept), numeric-equal keys (1, 1.0, True), nested
# comprehensions, user __hash__/__eq__, unhashable items raising mid-build.
import sys


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 3)

    def __eq__(self, other):
        return isinstance(other, K) and self.v % 3 == other.v % 3

    def __repr__(self):
        return f"K({self.v})"


print(sorted({x % 7 for x in range(100)}))
print({x % 5: x for x in range(20)})
print({k: v for k, v in [(1, "a"), (1.0, "b"), (True, "c"), (2, "d")]})
print({x for x in [1, 1.0, True, 2, 2.0]})
print({K(i): i for i in range(7)})
print(sorted({K(i) for i in range(7)}, key=lambda k: k.v))
print({i: {j for j in range(i)} for i in range(4)})
print({(i, j): i * j for i in range(3) for j in range(3) if i != j})
print(len({s: len(s) for s in "the quick brown fox jumps over the lazy dog".split()}))
for bad in ([1, [2], 3], [{}, 1]):
    try:
        print({x for x in bad})
    except TypeError as e:
        print("TypeError:", e, sys.exc_info()[2].tb_lineno)
    try:
        print({x: 1 for x in bad})
    except TypeError as e:
        print("TypeError:", e, sys.exc_info()[2].tb_lineno)
total = 0
for r in range(300):
    d = {x: x % 17 for x in range(0, 200, 3)}
    s = {x % 101 for x in range(r, r + 150)}
    total += len(d) + len(s) + d[99] + sum(s)
print(total)
