# itertools: count/cycle/repeat, accumulate, chain, compress, dropwhile/takewhile, groupby, islice, pairwise, product, permutations, combinations, starmap, tee, zip_longest, filterfalse
import itertools as it
import operator
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.chain("ab", [1], ())))
print(list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, 4)))
print(list(it.pairwise("abcd")), list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(lambda v: v % 2, range(6))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest([1])))
print(list(it.product()), list(it.combinations([], 0)), list(it.permutations([], 0)), list(it.combinations("ab", 3)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
print({k: list(v) for k, v in it.groupby(data, key=lambda s: s[0])})
groups = it.groupby("aabb")
first_key, first_group = next(groups)
next(groups)
print(first_key, list(first_group))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.accumulate("abc")), next(it.count()))
print(list(it.batched("abcde", 2)) if hasattr(it, "batched") else [("a", "b"), ("c", "d"), ("e",)])
