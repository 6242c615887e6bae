# itertools: every tool, reprs, iterator identity and error messages.
import itertools as it
from itertools import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def take(n, iterable):
    return list(islice(iterable, n))


objs = [count(), cycle("a"), repeat(1), accumulate([1]), chain(), compress("a", [1]),
        dropwhile(bool, []), filterfalse(None, []), groupby(""), islice("", 1),
        pairwise(""), starmap(pow, []), takewhile(bool, []), tee("")[0],
        zip_longest(), product(), permutations(""), combinations("", 0),
        combinations_with_replacement("", 0), chain.from_iterable([])]
print([iter(o) is o for o in objs])
print([type(o).__name__ for o in objs])
print([type(o).__module__ for o in objs])

# count
print(repr(count()), repr(count(5)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(0, 2)), repr(count(2, -1)))
c = count(10, 5)
next(c)
print(take(3, c), repr(c))
print(take(4, count(0.5, 0.25)), take(3, count(1j, 1)))
show(lambda: count("a"))

# cycle / repeat
print(take(7, cycle([1, 2, 3])), list(cycle([])))
r = repeat("x", 3)
next(r)
print(repr(r), r.__length_hint__(), list(r), repr(r), list(repeat(1, -2)), repr(repeat(1, -2)))
print(repr(repeat([1])), take(3, repeat(None)))
show(lambda: repeat(1).__length_hint__())
print(list(map(pow, range(5), repeat(2))))

# accumulate
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([], initial=5)), list(accumulate([1, 2], initial=0)), list(accumulate(["a", "b", "c"])))
print(list(accumulate([5, 1, 7, 2], min)), list(accumulate([])))

# chain
print(list(chain("ab", [1], (), range(3))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
show(lambda: list(chain(1)))
ch = chain([1], [2])
print(next(ch), list(ch), list(ch))

# compress / dropwhile / takewhile / filterfalse / starmap
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 1, 2]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

# groupby
print([k + "".join(g) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, next(g2), [(k, list(g)) for k, g in gb], list(g2))
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(groupby([])))

# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice(count(), 3, 3)), list(islice("ab", 5, 10)))
src = iter(range(10))
print(list(islice(src, 0, 5, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 2)), next(src))
for args in [(-1,), ("a",), (-1, 3), (1, 2, 0), (1, 2, -1), (1.5,), (None, None, None), (None, 3, None)]:
    show(lambda: list(islice("abcdef", *args)))
show(lambda: islice("abc"))
show(lambda: islice("abc", 1, 2, 3, 4))

# pairwise / zip_longest
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [2, 3], [])))

# tee
a, b, cc = tee(iter(range(4)), 3)
print(next(a), next(a), list(b), list(a), list(cc))
print(tee([1], 0), len(tee("ab")), type(tee("ab")[1]).__name__)
t1, t2 = tee("xyz")
t3, t4 = tee(t1)
print(list(t3), list(t4), list(t2))
show(lambda: tee("a", -1))

# combinatorics
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:5], list(product()), list(product("ab", [])))
print(len(list(product("abc", "de", repeat=2))))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(12), 5))), len(list(combinations_with_replacement(range(5), 3))))
show(lambda: product("a", repeat=-1))
show(lambda: combinations("a", -1))
show(lambda: permutations("a", -1))
show(lambda: permutations("a", 1.5))
show(lambda: list(zip_longest(1)))
show(lambda: pairwise(1))
