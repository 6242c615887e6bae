# list/set/dict/generator comprehensions: own scope, nested clauses, evaluation of the first iterable
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print(sorted({c.lower() for c in "HeLLo"}))
print({k: v * v for k, v in zip("abc", range(1, 4))})
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
g = (n * 2 for n in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([s for row in [["a", "b"], ["c"]] for s in row if s != "b"])
print([v for v in range(20) if v % 2 if v % 3])
def order():
    print("  first iterable evaluated once, eagerly")
    return range(3)
gen = (i for i in order())
print("generator created")
print(list(gen))
try:
    gen2 = (1 / v for v in 5)
except TypeError as e:
    print("TypeError at creation:", e)
gen3 = (1 / v for v in [1, 0])
print(next(gen3))
try:
    next(gen3)
except ZeroDivisionError as e:
    print("ZeroDivisionError on iteration:", e)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        nested = [[v for _ in vals] for v in range(2)]
    except NameError as e:
        nested = str(e)
print(C.doubled, C.nested)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print(sum(i * i for i in range(10)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print({i % 3 for i in range(10)})
d = {i: [j for j in range(i)] for i in range(4)}
print(d)
print([y for y in [1, 2, 3] if y > 1 for z in "ab"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(map(sorted, [{3, 1, 2}, {9, 7}])))
print(tuple(c for c in "abc"), frozenset(range(3)) == {0, 1, 2})
print([i for i in range(5)][::-1], [*range(3), *"ab"])
print({**{"a": 1}, **{"b": 2}, "a": 3})
