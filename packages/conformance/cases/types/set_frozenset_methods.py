# set and frozenset: full method set, operators vs methods accepting any iterable, in-place updates, errors
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference("x", [1])), sorted(a.symmetric_difference([4, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}), {1}.isdisjoint([1]))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
s = set()
s.add(1); s.add(1); s.add(2)
print(s, len(s))
s.update([3], "ab")
print(sorted(s, key=str))
s.discard("a"); s.discard("zzz")
s.remove("b")
try:
    s.remove("b")
except KeyError as e:
    print("KeyError:", e)
print(sorted(s))
s.intersection_update({1, 2, 99})
print(s)
s.difference_update([1])
print(s)
s.symmetric_difference_update({2, 3})
print(s)
print(s.pop(), s)
try:
    s.pop(); s.pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})], frozenset() == set(), {frozenset(): 1})
for bad in [lambda: f.add(1), lambda: {[1]}, lambda: set().add({}), lambda: {1} < [1]]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(set("hello") == {"h", "e", "l", "o"}, set(), frozenset(), set([1, 1, 2]), {1, 2} == frozenset([1, 2]))
print(repr({1}), repr(frozenset({1})), repr(set()), str(frozenset()), {(1, 2), (1, 2)}, {1.0, 1, True})
nums = set(range(20))
nums -= {x for x in nums if x % 2}
nums &= set(range(10))
nums |= {100}
nums ^= {0, 200}
print(sorted(nums), min(nums), max(nums), sum(nums), 100 in nums, 0 in nums)
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d, c.clear(), c, len({i % 7 for i in range(100)}))
print(sorted({-1, 5, -10, 3}), sorted({"b", "a", "c"}), sorted(set([(2, 1), (1, 2)])))
