# builtin iterator types: enumerate/zip(strict)/map/filter/reversed/iter objects, laziness, exhaustion, type names
e = enumerate("abc", start=10)
print(type(e).__name__, next(e), list(e), list(e))
print(list(enumerate([])), list(enumerate("xy", -1)), dict(enumerate("ab")))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(zip()), list(zip([1])), list(zip(*["ab", "cd"])))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as ex:
    print("ValueError:", ex)
try:
    list(zip("ab", "cde", strict=True))
except ValueError as ex:
    print("ValueError:", ex)
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(type(m).__name__, calls, next(m), calls, list(m), calls)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 1, range(4))))
rv = reversed([1, 2, 3])
print(type(rv).__name__, next(rv), list(rv), type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(set())).__name__, type(iter(range(0))).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it), next(it, "end"))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as ex:
    print("RuntimeError:", ex)
def gen():
    yield from range(3)
g = gen()
print(type(g).__name__, 1 in g, list(g))
chained = map(str, filter(lambda v: v % 2, map(lambda v: v * 3, range(6))))
print("-".join(chained), list(chained))
print(sorted(zip("cab", range(3))), max(zip([1, 2], "zy")), list(enumerate(zip("ab", "cd"))))
print(sum(map(len, ["ab", "cde"])), any(map(str.isupper, "abC")), all(filter(None, [])), min(map(abs, [-3, 2, -1])))
print(list(zip(range(3), iter(lambda: "x", None))), [*map(int, "123")], {*filter(bool, [0, 2, 2])})
