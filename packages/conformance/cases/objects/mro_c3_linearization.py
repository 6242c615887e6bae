# C3 method resolution order: diamonds, complex hierarchies, inconsistent orders, method lookup along the MRO
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, names(cls))
class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who(), names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__))
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Conflict(PQ, QP): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(P, P): pass
except TypeError as e:
    print("TypeError:", e)
class M:
    attr = "M"
class N(M): pass
class R(M):
    attr = "R"
class S(N, R): pass
print(S.attr, names(S))
class Mixin:
    def greet(self):
        return "mixin " + self.name()
class Named:
    def name(self):
        return "named"
class Both(Mixin, Named): pass
print(Both().greet())
print(Both.__bases__, Both.__base__)
print(issubclass(Z, O), issubclass(K1, K2), [c.__name__ for c in O.__subclasses__()])
