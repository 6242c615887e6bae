# every binary numeric dunder, reflected (__r*__) operands, NotImplemented fallback, unary ops, subclass priority
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "matmul"]
import operator
for op in ops:
    fn = getattr(operator, op + "_" if op in ("and", "or") else op)
    def fwd(self, other, _op=op, _fn=fn):
        if isinstance(other, V):
            return V(_fn(self.v, other.v)) if _op != "matmul" else V(self.v * other.v + 1)
        if isinstance(other, int):
            return f"{_op}({self.v},{other})"
        return NotImplemented
    def ref(self, other, _op=op):
        if isinstance(other, int):
            return f"r{_op}({other},{self.v})"
        return NotImplemented
    setattr(V, f"__{op}__", fwd)
    setattr(V, f"__r{op}__", ref)
a, b = V(7), V(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a ^ b, a | b, a @ b)
print(a + 1, 1 + a, 10 - a, 3 * a, 2 ** a, 5 @ a if False else 5 & a, 9 % a)
V.__divmod__ = lambda s, o: ("divmod", s.v, o)
V.__rdivmod__ = lambda s, o: ("rdivmod", o, s.v)
print(divmod(a, 3), divmod(3, a))
V.__neg__ = lambda s: V(-s.v)
V.__pos__ = lambda s: "pos"
V.__abs__ = lambda s: V(abs(s.v))
V.__invert__ = lambda s: "inverted"
print(-a, +a, abs(V(-3)), ~a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ wins (subclass on right)"
print(Base() + Derived())
print(Derived() + Base())
class OnlyR:
    def __rsub__(self, o):
        return f"rsub with {o!r}"
print(5 - OnlyR(), [1] - OnlyR() if False else 2.5 - OnlyR())
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n + 1000
    def __float__(self): return self.n / 2
    def __complex__(self): return complex(self.n, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(5)
import math
print([10, 20, 30, 40, 50, 60][n], bin(n), hex(n), int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), operator.index(n), "ab" * Num(3))
