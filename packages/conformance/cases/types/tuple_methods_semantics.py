# tuple: count/index, immutability errors, hashing, comparisons, packing, single-element syntax, nested mutability
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(1), t.index(1, 2), t.index(9, 0, 6), len(t), t[2:5], t[::-2], t[-1])
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: t.__setitem__(0, 1), lambda: t.append(1), lambda: t[10], lambda: t["a"]]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print((1,), (1), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}))
x = 1, 2, 3
y = x,
print(x, y, len(y), type(x).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 3 in x, 5 not in x, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((1, "a") == (1, "a"), (1, 2) == [1, 2], max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
nested = (1, [2, 3])
nested[1].append(4)
print(nested, hash((1, 2)) == hash((1, 2)))
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__, multi()[1])
print(tuple(i * i for i in range(4)), (*range(2), *"xy"), ((1, 2),)[0][1])
empty1, empty2 = (), tuple()
print(empty1 == empty2, len(()), bool(()), bool((0,)), repr((1,)), repr(((),)), str((None, True)))
t2 = (1, 2, 3)
t2 += (4,)
print(t2, t2.__class__.__name__, tuple.__name__)
print(list(reversed(t2)), sum(t2), min(t2), any(()), all(()), enumerate(t2).__next__())
print(divmod(17, 5), (lambda *args: args)(1, 2), sorted((3, 1, 2)), type(sorted((3, 1))).__name__)
print(("a", "b").__getitem__(1), ("x",).__len__(), (1, 2).__contains__(2), (1, 2).__add__((3,)))
print(t[1:100], t[100:], t[-100:1], t[slice(1, 4)], t[::3])
