class L(list):
    def __len__(self): return 5
class D(dict):
    def __len__(self): return 7
class T(tuple):
    def __len__(self): return 9
class S(set):
    def __len__(self): return 11
print(len(L([1])), len(D()), len(T()), len(S()))
class L2(list): pass
print(len(L2([1, 2])), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(frozenset([1])), len("ab\U0001F600"))
d = {3: 1, 1: 2, 2: 3}
print(sorted(d), list(d), tuple(d), sorted({5, 3, 4}), list({"b": 1, "a": 2}))
class DD(dict):
    def __iter__(self): return iter([42])
print(list(DD(a=1)), sorted(DD(a=1)))
class SS(set):
    def __iter__(self): return iter(["x"])
print(list(SS([1, 2])))
