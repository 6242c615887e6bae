# __hash__/__eq__: dict/set membership, __eq__ without __hash__ makes unhashable, __hash__ = None, inheritance
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 2), Key(1, 2), Key(3, 4)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class Parent:
    def __eq__(self, o): return NotImplemented
    def __hash__(self): return 7
class Child(Parent):
    def __eq__(self, o): return False
print(hash(Parent()), Child.__hash__ is None)
class ChildKeep(Parent):
    def __eq__(self, o): return False
    __hash__ = Parent.__hash__
print(hash(ChildKeep()))
class Collide:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"C{self.n}"
s = {Collide(i) for i in range(5)} | {Collide(2)}
print(len(s), sorted(s, key=lambda c: c.n))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5), hash(-1.5), hash(float("inf")), hash(0.1))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({1: "int", 1.0: "float", True: "bool"})
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class Mutating:
    def __init__(self): self.v = 0
    def __hash__(self): return self.v
    def __eq__(self, o): return self is o
m = Mutating()
dd = {m: "found"}
m.v = 12345
print(dd.get(m, "lost after hash change"), m in list(dd))
print(hash(3 + 0j) == hash(3), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
