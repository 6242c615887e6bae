# dict lookups across the small (scanned) and large (indexed) str-key forms:
# growth past a handful of entries, deletion, clear, keys built at run time,
# big integral float keys, and user keys that equal str / int keys.


class Alias:
    """Hashes and compares like the str it wraps."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s if isinstance(other, str) else isinstance(other, Alias) and other.s == self.s

    def __repr__(self):
        return "Alias(%r)" % self.s


def run_keys(n):
    d = {}
    for i in range(n):
        d["k" + str(i)] = i
    d[3] = "three"
    d[1e20] = "big"
    found = [d.get("".join(["k", str(i)])) for i in range(n + 2)]
    for i in range(0, n, 2):
        del d["k%d" % i]
    d["k0"] = "again"
    return found, list(d.items()), d.get(10 ** 20), d.get(3.0), len(d)


for n in (0, 1, 3, 7, 8, 9, 20):
    print(n, run_keys(n))

d = {"a": 1, "b": 2}
print(d[Alias("a")], Alias("b") in d, Alias("c") in d)
d[Alias("a")] = 10  # updates the existing "a" entry
print(d, len(d))
e = {Alias("x"): 1}
e["x"] = 2  # the str key equals the Alias key
print(e)
for i in range(12):
    e["y%d" % i] = i
print(e[Alias("y5")], e["x"], len(e))

f = {}
for r in range(3):
    for i in range(10):
        f["n%d" % i] = r
    for i in range(10):
        if i % 3:
            del f["n%d" % i]
    print(r, f)
f.clear()
f["z"] = 1
print(f, f.get("n0"), "z" in f)


def kw(**options):
    return options.get("bonus", 0), sorted(options), options


print(kw(), kw(bonus=5), kw(**{"bonus": 1, "x": 2}), kw(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9))
g = dict(zip("abcdefghijk", range(11)))
while g:
    print(g.popitem(), end=" ")
print()
print(sum([1, 2, 3]), sum((1.5, 2)), sum([[1], [2]], []), sum([], 7), sum(iter([1, 2]), 0.5))
for bad in ("", b"", bytearray()):
    try:
        sum([], bad)
    except TypeError as exc:
        print(exc)
