# itertools: every named tool with its argument variants (count float step, cycle, repeat times, chain.from_iterable, islice forms, product repeat, permutations r, combinations(_with_replacement), accumulate func/initial, groupby key, zip_longest fillvalue, starmap, takewhile, dropwhile, filterfalse, compress, tee, pairwise) and errors
import itertools as it
import operator
print(list(it.islice(it.count(), 4)), list(it.islice(it.count(5, -2), 4)), list(it.islice(it.count(0.5, 0.25), 3)), repr(it.count(3)), repr(it.count(1, 2)), repr(it.count(1.5)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])), list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)), repr(it.repeat(2, 3)), repr(it.repeat(2)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abc", None)), list(it.islice("abcdef", 0, 6, 4)))
print(list(it.product("ab", [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product("ab", [])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations("ab", 3)), list(it.permutations([], 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("a", 2)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 1)), list(it.combinations_with_replacement("ab", 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
gb = it.groupby("aabb"); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ["ab", (1,)])))
print(list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda v: v % 2, range(6))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("abc", [1])), list(it.pairwise("abcd")), list(it.pairwise("a")))
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(a), list(b), len(it.tee("x", 3)), it.tee("ab", 0))
for name, bad in [("count", lambda: it.count("a")), ("repeat", lambda: it.repeat()), ("islice neg", lambda: it.islice("a", -1)),
                  ("islice step0", lambda: it.islice("a", 0, 1, 0)), ("islice str", lambda: it.islice("a", "x")),
                  ("perm neg", lambda: it.permutations("a", -1)), ("comb neg", lambda: it.combinations("a", -1)),
                  ("product int", lambda: it.product(1)), ("chain int", lambda: list(it.chain(1))), ("accumulate str", lambda: list(it.accumulate([1, "a"]))),
                  ("starmap", lambda: list(it.starmap(pow, [1]))), ("tee neg", lambda: it.tee("a", -1)), ("zip_longest kw", lambda: it.zip_longest("a", bad=1))]:
    try:
        print(name, bad())
    except Exception as e:
        print(name, type(e).__name__, e)
print(type(it.count()).__name__, type(it.chain()).__name__, it.chain.__module__ if hasattr(it.chain, "__module__") else "", sum(1 for _ in it.product(range(3), repeat=3)))
