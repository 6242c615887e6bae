# Dict subscripts with int/str/bool keys at tier 2 (DictGet/DictSet on an
# exact dict): a missing key mid-loop (KeyError), a dict subclass with
# __missing__ through the same site, keys that turn into floats equal to
# ints and objects with their own __hash__/__eq__, a non-dict container,
# and stores into a module's globals() that compiled code reads as constants.


def fill(n):
    d = {}
    for i in range(n):
        d[i * 3] = i
    return d


def lookups(d, n):
    s = 0
    for i in range(n):
        s += d[(i % 1000) * 3]
    return s


d = fill(3000)
print(lookups(d, 30000))


def missing(d, n):
    s = 0
    try:
        for i in range(n):
            s += d[i * 3 if i != 25000 else 1]
    except KeyError as e:
        print("KeyError:", e, s)


missing(d, 30000)


class Default(dict):
    def __missing__(self, k):
        return -1


def mixed(n):
    plain = {i: i for i in range(150)}
    sub = Default(plain)
    s = 0
    for i in range(n):
        m = plain if i < 20000 else sub
        s += m[i % 150]
        m[i % 150 + (i >= 28000) * 1000] = i
    return s, len(plain), len(sub)


print(mixed(30000))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v


def odd_keys(n):
    t = {i: str(i) for i in range(50)}
    out = []
    for i in range(n):
        k = i % 50
        if i == 25000:
            k = 7.0
        if i == 26000:
            k = Key(8)
        if i == 27000:
            k = True
        v = t[k]
        t[k] = v
        if i >= 25000 and i % 1000 == 0:
            out.append((type(k).__name__, v))
    return out, len(t)


print(odd_keys(30000))


def str_keys(n):
    t = {}
    names = ["a%d" % i for i in range(64)]
    for i in range(n):
        k = names[i % 64]
        t[k] = t.get(k, 0) + 1
        t[k + "!"] = i
    return sorted(t.items())[:3], len(t)


print(str_keys(30000))


def not_a_dict(n):
    lst = list(range(10))
    c = {i: i for i in range(10)}
    s = 0
    for i in range(n):
        obj = c if i < 22000 else lst
        s += obj[i % 10]
        obj[i % 10] = i % 7
    return s


print(not_a_dict(30000))

LIMIT = 5


def limited(i):
    return i % LIMIT


def globals_store(n):
    g = globals()
    s = 0
    for i in range(n):
        s += limited(i)
        if i == 24000:
            g["LIMIT"] = 3
    return s


print(globals_store(30000))
