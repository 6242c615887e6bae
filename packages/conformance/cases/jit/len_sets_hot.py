# len() at tier 2 of sets and frozensets (answered without a call), next to
# lists, dicts and str at one site, and of set subclasses whose __len__ is
# Python code (the interpreter's len()).


class CountingSet(set):
    calls = 0

    def __len__(self):
        CountingSet.calls += 1
        return super().__len__() * 10


def sizes(items):
    total = 0
    for x in items:
        total += len(x)
    return total


plain = [{1, 2, 3}, frozenset("abcd"), set(), [1, 2], {"k": 1}, "xyz", frozenset()]
for _ in range(3000):
    r = sizes(plain)
print(r)
print(sizes(plain + [CountingSet([1, 2])]), CountingSet.calls)
s = set()
lens = []
for i in range(5000):
    s.add(i % 37)
    lens.append(len(s) + len(frozenset(s)))
print(lens[:5], lens[-1], sum(lens))
