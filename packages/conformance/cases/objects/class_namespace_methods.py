# class bodies and namespaces: class vs instance attributes, bound methods, __qualname__, __dict__, __class__ assignment
class Outer:
    shared = []
    count = 0
    class Inner:
        def method(self):
            pass
    def add(self, v):
        self.shared.append(v)
        self.count += 1
        return self
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.add.__qualname__)
a, b = Outer(), Outer()
a.add(1).add(2)
b.add(3)
print(Outer.shared, a.count, b.count, Outer.count, vars(a), vars(b))
m1, m2 = a.add, a.add
print(m1 == m2, m1 is m2, m1.__self__ is a, m1.__func__ is Outer.add, type(m1).__name__)
print(Outer.add.__name__, type(Outer.add).__name__, Outer.__dict__["add"] is Outer.add)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
class Dog:
    sound = "woof"
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Cat:
    sound = "meow"
    def speak(self):
        return "cat: " + self.sound
d = Dog()
print(d.speak())
d.__class__ = Cat
print(d.speak(), isinstance(d, Cat), type(d).__name__)
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Body:
    x = 1
    y = x + 1
    items = [x, y]
    def f(v):
        return v * 10
    z = f(y)
    del x
print(Body.y, Body.items, Body.z, hasattr(Body, "x"))
class Attr:
    def __init__(self):
        self.__private = "mangled"
        self._protected = "single"
    def get(self):
        return self.__private
at = Attr()
print(at.get(), at._Attr__private, sorted(vars(at)))
try:
    at.__private
except AttributeError as e:
    print("AttributeError:", e)
class Doc:
    """The docstring."""
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Outer.__doc__)
print(Doc.__module__, Doc().__module__, Doc.__class__.__name__)
inst = Doc()
inst.dynamic = lambda: "plain function, not bound"
print(inst.dynamic())
Doc.later = lambda self: f"bound to {type(self).__name__}"
print(inst.later(), Doc.later(inst))
print(type(Doc.__dict__).__name__, isinstance(vars(inst), dict))
try:
    Doc.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
