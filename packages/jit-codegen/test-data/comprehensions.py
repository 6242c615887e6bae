# List/set/dict comprehensions, generator expressions, unpacking, f-strings, slicing, containers.
def comps(n):
    sq = [i * i for i in range(n) if i % 2 == 0]
    st = {i % 3 for i in range(n)}
    dc = {str(i): i for i in range(n) if i > n - 3}
    nested = [(i, j) for i in range(3) for j in range(i)]
    ge = sum(x for x in range(n))
    return sq, sorted(st), dc, nested, ge
print(comps(10))
def unpack():
    a, b = 1, 2
    a, b = b, a
    first, *rest = [1, 2, 3, 4]
    *init, last = "abc"
    (x, y), z = (5, 6), 7
    d = {"k": 1, **{"m": 2}}
    t = (*rest, *init)
    s = {*init, 9}
    return a, b, first, rest, init, last, x, y, z, d, t, sorted(s, key=str)
print(unpack())
def text(name, val):
    items = [1, 2, 3, 4, 5]
    return f"{name}={val:08.3f} {name!r:>8} {items[1:4]} {items[::-1]} {items[-2:]}", "in" if 3 in items else "out", 7 not in items
print(text("pi", 3.14159))
def mapping():
    d = {}
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        d[w] = d.get(w, 0) + 1
    del d["end"]
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3], len(d)
print(mapping())
