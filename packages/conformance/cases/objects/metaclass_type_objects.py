# type objects, metaclass type, custom metaclasses (__new__, __init__, __call__, __prepare__), type(name, bases, dict)
print(type(int), type(type), type(object), isinstance(type, object), isinstance(object, type))
print(int.__name__, int.__qualname__, int.__module__, type.__mro__)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi from " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), Dyn.__bases__, type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().x, Sub.__mro__[1].__name__, issubclass(Sub, Dyn))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name)
        return {"prepared": True}
class A(metaclass=Meta, flavor="x"):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(type(A).__name__, type(B).__name__, A.created_by, A.prepared)
b = B(5)
print(b.v, isinstance(B, Meta))
class Registry(type):
    classes = []
    def __init__(cls, *a):
        super().__init__(*a)
        Registry.classes.append(cls.__name__)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
class Counted(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<counted class {cls.__name__}>"
class Thing(metaclass=Counted): pass
print(len(Thing), repr(Thing), Thing)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
print(type("E", (), {}).__bases__, type(3) is int, type.__call__(int, "7"))
print(A.__dict__["prepared"], "v" in A.__dict__, type(A.__dict__).__name__)
