# range and slice objects: attributes, len, indexing/slicing ranges, containment, equality, slice.indices, errors
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(5 in r, 6 in r, 5.0 in r, "5" in r, r.index(11), r.count(11), r.count(12), list(range(5, 0, -2)))
print(range(0), len(range(10, 0)), list(range(-3)), range(3) == range(0, 3, 1), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(range(1, 10)[-3:], range(10)[::-3], range(10)[100:], reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))
big = range(0, 10 ** 17, 7)
print(len(big), big[-1], 7 * 10 ** 15 in big, (7 * 10 ** 15 + 3) in big, big[10 ** 15 + 1])
for bad in [lambda: range(0, 5, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4), lambda: range("3"),
            lambda: len(range(2 ** 70)), lambda: range(3)[1.0]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), max(range(5)), sum(range(101)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2) == slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(6))
data = list(range(10))
print(data[s], data[slice(None, 3)], data[slice(-2, None)], "abcdef"[slice(None, None, 2)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
print(g[1], g[1:2], g[::], g[1:2, 3], g[..., 0], g[:, None], g["k"])
print(g[1:2:3].step, type(g[:]).__name__, g[-1:])
class Idx:
    def __index__(self):
        return 2
print(data[Idx()], data[Idx():], range(10)[Idx()], "xyz"[Idx()], data[:Idx()])
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print("TypeError:", e)
print(list(range(10))[::-3], list(range(10))[8:2:-2], list(range(10))[-1:-5], "hello"[10:], "hello"[-10:2])
