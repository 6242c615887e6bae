# augmented assignment dunders: __iadd__ etc., fallback to __add__/__radd__, NotImplemented, in-place on containers
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return "imul returned a string"
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig, "(isub NotImplemented -> __sub__ made a new object)")
a *= 3
print(repr(a))
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class R:
    def __radd__(self, o): return f"R.__radd__({o!r})"
z = 10
z += R()
print(z)
ops = {"+=": "__iadd__", "-=": "__isub__", "*=": "__imul__", "/=": "__itruediv__", "//=": "__ifloordiv__",
       "%=": "__imod__", "**=": "__ipow__", "<<=": "__ilshift__", ">>=": "__irshift__", "&=": "__iand__",
       "|=": "__ior__", "^=": "__ixor__", "@=": "__imatmul__"}
class Rec:
    pass
for sym, name in ops.items():
    setattr(Rec, name, lambda self, o, _n=name: f"{_n}({o})")
for sym in ops:
    r = Rec()
    ns = {"r": r}
    exec(f"r {sym} 2", ns)
    print(sym, ns["r"])
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst + (4,)
except TypeError as e:
    print("TypeError:", e)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {5}
s -= {5}
print(s)
d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
print(d)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e, t)
class NoOps: pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
