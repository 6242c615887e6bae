# dict: insertion order, views as live set-like objects, | and |=, fromkeys, popitem LIFO, setdefault, errors
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(list(d), next(iter(d)), list(reversed(d)), list(reversed(d.items())))
k, v, it = d.keys(), d.values(), d.items()
d["z"] = 26
print(k, v, it, len(k), "z" in k, 26 in v, ("z", 26) in it, ("z", 0) in it)
print(k & {"a", "q"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "new"}), k == {"a", "b", "c", "z"})
print(it & {("a", 1)}, k.isdisjoint({"x"}), type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping["a"] if hasattr(k, "mapping") else "no mapping", list(v.mapping) if hasattr(v, "mapping") else "")
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d.pop("new")
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)))
e = {"one": 1, "two": 2, "three": 3}
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
print(e.setdefault("one", 100), e.setdefault("four", 4), e.setdefault("five"), e)
print(e.pop("four"), e.pop("missing", "dflt"), e.get("one"), e.get("missing"), e.get("missing", 0))
try:
    e.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
e.update({"a": 1}, b=2)
e.update([("c", 3)])
print(e, dict(zip("xy", [1, 2])), dict([("k", "v")]), dict(a=1, **{"b": 2}))
try:
    dict([("a", 1, 2)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError:", ex)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, list({2: 0, 1: 0}) == list({1: 0, 2: 0}))
try:
    {} < {}
except TypeError as ex:
    print("TypeError:", ex)
c = e.copy()
c["one"] = "changed"
print(e["one"], c["one"], {1: [1]}.copy()[1] is {1: [1]}[1], len(e), e.clear(), e)
