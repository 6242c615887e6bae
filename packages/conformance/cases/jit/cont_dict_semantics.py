# Dict semantics through small (scanned) and grown (indexed) str-keyed dicts,
# mixed key kinds, custom __hash__/__eq__, deletion order, mutation during
# iteration — in hot loops so every tier runs them.


class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.s == other.s
        return self.s == other

    def __repr__(self):
        return "Key(%r)" % self.s


class Collide:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.n == other.n

    def __repr__(self):
        return "C%d" % self.n


def small(n):
    out = []
    for i in range(n):
        d = {}
        for j in range(i % 12):
            d["k" + str(j)] = j
        d[1] = "int"
        d[1.0] = "float"
        d[True] = "bool"
        if i % 3 == 0:
            d.pop("k0", None)
            d["k0"] = -1
        if i % 5 == 0 and "k2" in d:
            del d["k2"]
        out.append((len(d), list(d)[:4], d.get("k3"), d.get(Key("k1")), Key("k4") in d))
    return out


res = small(300)
print(res[:3])
print(res[11], res[23], res[299])


def custom_first(n):
    acc = []
    for i in range(n):
        d = {Key("a"): 1}
        d["a"] = 2  # equal to the Key: updates it, key object kept
        d["b"] = 3
        acc.append((len(d), list(d), d["a"], d[Key("b")]))
    return acc[-1], len(acc)


print(custom_first(200))


def collisions(n):
    d = {}
    for i in range(n):
        d[Collide(i % 17)] = i
    for i in range(0, 17, 3):
        del d[Collide(i)]
    d[Collide(3)] = "back"
    return list(d.items())


print(collisions(400))


def order_after_deletes(n):
    d = {}
    for i in range(n):
        d["s" + str(i % 20)] = i
        if i % 7 == 0:
            d.pop("s" + str((i + 3) % 20), None)
    d2 = dict(d)
    for k in list(d2)[::2]:
        del d2[k]
        d2[k] = 0
    return list(d.items())[:6], list(d2)[:8], len(d), len(d2)


print(order_after_deletes(500))


def mutate_during_iteration(kind):
    d = {"a": 1, "b": 2, "c": 3}
    try:
        for k in d:
            if kind == 0:
                d["z" + k] = 1
            elif kind == 1:
                del d[k]
            else:
                d[k] = d[k] * 10  # values only: no error
    except RuntimeError as e:
        return str(e)
    return "no error " + str(d)


for r in range(150):
    out = [mutate_during_iteration(k) for k in range(3)]
print(out)


def items_loop(n):
    d = {i * 3: i for i in range(50)}
    acc = 0
    for r in range(n):
        for k, v in d.items():
            acc += k ^ v
        for k in d:
            acc -= k
        acc += sum(d.values())
    return acc


print(items_loop(300))


def kwargs_dicts(n):
    def f(**kw):
        return sorted(kw.items())

    acc = []
    for i in range(n):
        acc.append(f(a=i, b=2, **{"c": 3, "d" + str(i % 3): 4}))
    return acc[-1], acc[5]


print(kwargs_dicts(300))


def counter(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return sorted(c.items())


print(counter([str(i % 11) for i in range(2000)]))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
