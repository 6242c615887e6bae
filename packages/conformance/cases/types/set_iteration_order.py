# Set/frozenset iteration order follows CPython's hash table (ints, floats, tuples, bools; not None, whose 3.11 hash is id-based).
print({3, 1, 2})
print(list({10, 3, 7}))
print({x % 7 for x in range(20)})
print({8, 16, 0, 24, 1, 9})
print({-1, -2, -3, 5, 100, 2**40, -2**40, 2**64, -(2**70), 7})
print({1.5, 2.5, 0.1, -0.0, 1e100, float("inf"), -3.25})
print({(1, 2), (2, 1), (0,), (), (False, True), (1.5, -7, (3, 4))})
print({True, False, 3, 0.5, -1, -2})
print(frozenset([5, 13, 21, 29, 4]))
s = set()
for i in range(0, 200, 3):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 100, 2):
    s.discard(i)
print(s)
s.add(1000)
s.add(-1000)
s.remove(next(iter(s)))
print(s)
t = {0, 8}
t.remove(0)
t.add(16)
print(t)
p = set(range(30, 0, -3))
print([p.pop() for _ in range(4)], p)
p.add(2)
print(p.pop(), p)
big = set()
for i in range(5000):
    big.add((i * 7919) % 100003)
print(list(big)[:40], len(big))
for i in range(4000):
    big.discard((i * 7919) % 100003)
print(list(big)[:40], len(big))
a = {1, 2, 3, 4, 5, 40, 33, 65, 97}
b = {4, 5, 6, 7, 8, 36, 68, 100}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([99, 64, 32], (1000, 7)), a.intersection(range(50)), a.difference([1, 2], {3}))
print(a.symmetric_difference([100, 1, 2, 200]), a.intersection(b, {5}))
c = set(a)
c |= {200, 300, 17, 18}
print(c)
c &= set(range(0, 400, 2))
print(c)
c -= {4}
print(c)
c ^= {1, 3, 5, 300}
print(c)
d = set(range(100))
d.difference_update(range(10, 95))
print(d)
d.intersection_update({99, 98, 97, 0, 1, 2, 500})
print(d)
d.symmetric_difference_update({5: 1, 99: 2, 1000: 3})
print(d)
d.update({77: 0, 55: 0}, [44, 33], {22, 11})
print(d)
print(set({9: 1, 1: 2, 17: 3, 25: 4}), frozenset({3: 0, 11: 0}))
e = {x * x for x in range(-10, 10)}
print(e, e.copy(), frozenset(e), set(frozenset(e)))
print({*range(20, 0, -2), *[1.0, 3]})
print(sorted(e) == sorted(set(e)))
f = {i * 1000003 for i in range(50)}
print(f)
print({2**61 - 1, 2**61, 2**62, -2**63, 12345678901234567})
g = set(range(8))
g.clear()
g.update([17, 9, 1])
print(g)
print(frozenset([1, 2]) | {3, 9, 17}, {3, 9, 17} | frozenset([1, 2]))
h = {1, 2, 3}
h.update(h)
print(h | h, h & h, h - h, h ^ h)
a, b, c = 40, 8, 16
print({a, b, c, 1, -5}, {a, b}, {*[a, b], c, 24})
s = {a, b, c, 72, 136}
s.clear(); s.add(9); s.add(1); print(s, s.pop(), s)
f = frozenset([1, 2, 3]); print(frozenset(f) is f, f.copy() is f, f | {9, 17})
x = set(range(20)); 
while len(x) > 3: x.pop()
print(x)
x = set(range(1, 60, 3)); print([x.pop() for _ in range(5)]); x.update(range(100, 140, 9)); print(x)
print(set([1.0, 1, True, 2.0, 2]), {0, 0.0, False, -0.0})
print({10**30, 10**30 + 1, -(10**30), 2**63 - 1, -(2**63)})
