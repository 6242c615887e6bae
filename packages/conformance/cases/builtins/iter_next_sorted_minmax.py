# iter/next with defaults and sentinels, min/max with key/default, sorted stability/key/reverse, reversed/enumerate
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
counter = iter(range(100))
print(list(iter(lambda: next(counter), 5)))
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("apple", "fig", key=len), min("apple", "fig", key=len))
print(min([], default="empty"), max([], default=None), max([1, 5, 3], key=lambda v: -v), min([(1, "b"), (1, "a")]))
print(max([2, 4, 4, 1], key=lambda v: v // 2), min(["bb", "aa", "c"], key=len), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
records = [("bob", 3), ("amy", 1), ("cal", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted("Hello World"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True), sorted([]))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed("abc")), list(reversed((1, 2))), list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])))
class Desc:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"D{self.v}"
print(sorted([Desc(1), Desc(3), Desc(2)]), max([Desc(1), Desc(3)]), min([Desc(1), Desc(3)]))
nan = float("nan")
print(max([1, nan, 3]), max([nan, 1, 3]), min([2, nan]))
print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(True, 1), sorted([1, True, 1.0, 0, False]))
data = [5, 1, 4]
s = sorted(data)
data.sort(key=lambda v: -v)
print(s, data, sorted(data) is data)
print(list(map(next, [iter("ab"), iter("cd")])), next(iter({"k": 1}.items())), next(reversed([1, 2])))
