# A class's __eq__/__hash__ changed while its instances are used as dict keys in hot loops.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 10)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 10 == other.v % 10

    def __repr__(self):
        return "Key(%d)" % self.v


def fill(n):
    d = {}
    for i in range(n):
        k = Key(i)
        d[k] = d.get(k, 0) + 1
    return d


d = fill(3000)
print(len(d), sorted(d.values())[:3])

Key.__eq__ = lambda self, other: isinstance(other, Key) and self.v == other.v
d2 = fill(3000)
print(len(d2), sum(d2.values()))
print(Key(3) in d, Key(13) in d, Key(3003) in d2)

Key.__hash__ = lambda self: 7
hits = 0
for i in range(2000):
    if Key(i % 50) in d2:
        hits += 1
print("hits", hits)

d3 = {}
for i in range(2000):
    d3[Key(i % 40)] = i
print(len(d3), d3[Key(39)])


class Inherit(Key):
    pass


def count(n):
    s = set()
    for i in range(n):
        s.add(Inherit(i % 300))
    return len(s)


print(count(3000))
Key.__hash__ = lambda self: hash(self.v)
print(count(3000))
Inherit.__eq__ = lambda self, other: True
print(count(3000))
del Inherit.__eq__
print(count(3000))

try:
    Key.__hash__ = None
    {Key(1): 1}
except TypeError as e:
    print("TypeError", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other


Num.__hash__ = lambda self: hash(self.v)
m = {1: "one", 2.0: "two", True: "true"}
for i in range(3000):
    x = Num(i % 3)
    m[x] = m.get(x, 0) if not isinstance(m.get(x, 0), int) else m.get(x, 0) + 1 if isinstance(m.get(x, 0), int) else 0
print(sorted((repr(type(k).__name__), v if not isinstance(v, str) else v) for k, v in m.items()))
