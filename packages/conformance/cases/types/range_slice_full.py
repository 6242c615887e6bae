# range and slice: every method/attribute, negative steps, huge bounds, equality/hash, indices(), and errors
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(-5, 5, 4), range(5, 5), range(0, 2 ** 70, 2 ** 60)]:
    print(repr(r), len(r), list(r)[:5], r.start, r.stop, r.step, r.count(4), 4 in r, 4.0 in r, r[:2], r[::-1], r[1:-1:2], bool(r))
    if r:
        print(" ", r[0], r[-1], r.index(r[-1]), list(reversed(r))[:3], min(r), max(r))
print(range(0, 3) == range(0, 3, 1), range(0) == range(2, 2), range(1, 2, 5) == range(1, 3, 7), hash(range(3)) == hash(range(0, 3)), range(3) != [0, 1, 2])
print(range(10)[range(3)[1]], list(range(10)[-3:]), range(5)[10:], range(10 ** 20)[-1], len(range(-10 ** 20, 10 ** 20, 10 ** 19)))
show("range index", lambda: range(3).index(7))
show("range idx oob", lambda: range(3)[3])
show("range step 0", lambda: range(1, 2, 0))
show("range float", lambda: range(1.5))
show("range len huge", lambda: len(range(2 ** 64)))
show("range str", lambda: range("a"))
show("range args", lambda: range())
show("range kw", lambda: range(stop=3))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
print(slice(10, -10, -3).indices(8), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), [0, 1, 2, 3, 4][slice(None, None, -2)], "abcdef"[slice(-2, None)])
show("slice hash", lambda: hash(slice(1, 2)))
show("slice step 0", lambda: slice(None, None, 0).indices(3))
show("slice neg len", lambda: slice(1).indices(-1))
show("slice bad idx", lambda: [1, 2]["a":])
class I:
    def __index__(self): return 2
print([0, 1, 2, 3][I():], range(10)[I()], slice(I(), None).indices(5), "abc"[I()])
