# Dict subscripts whose keys come from lists/iteration (tagged values the
# optimizing tier speculates to be str or int from the site's feedback), then
# other key kinds through the same sites: floats/bools equal to ints, tuples,
# custom __hash__/__eq__, str subclasses, missing keys (KeyError), d[k] += 1.


class S(str):
    pass


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, K) else other)

    def __repr__(self):
        return "K(%r)" % (self.v,)


def fill(d, keys):
    for i, k in enumerate(keys):
        d[k] = i
    return d


def total(d, keys):
    acc = 0
    for k in keys:
        acc += d[k]
    return acc


def bump(d, keys):
    for k in keys:
        d[k] += 1
    return d


strs = ["k" + str(i) for i in range(300)]
ints = list(range(0, 900, 3))
out = []
for r in range(40):
    d = fill({}, strs)
    out.append(total(d, strs))
    bump(d, strs[::7])
    e = fill({}, ints)
    out.append(total(e, ints))
    bump(e, ints[::5])
print(out[-2:], sum(d.values()), sum(e.values()))

# Now other kinds through the same (hot, specialized) sites.
mixed = {1: "one", 2.5: "two.5", (1, 2): "tuple", "s": "str", None: "none"}
print(total({1: 10, 2: 20, "a": 1}, [1, 2, 1.0, True, "a"]))
d = fill({}, [1, 1.0, True, 2, 2.0, "x", S("x"), (1,), K(5)])
print(sorted((repr(k), v) for k, v in d.items()))
print(total(d, [K(1), S("x"), 5, (1,)]))
print(bump({"a": 1, 3: 1}, ["a", S("a"), 3, 3.0, K(3)]))
for keys in (["k1", "nope"], [3, 99999], [K("k1"), K("zz")]):
    try:
        total(fill({}, strs), keys)
    except KeyError as ex:
        print("KeyError", repr(ex.args[0]) if not isinstance(ex.args[0], K) else "K")
try:
    total({}, [[1]])
except TypeError as ex:
    print("TypeError", ex)
try:
    fill({}, [{}])
except TypeError as ex:
    print("TypeError", ex)
