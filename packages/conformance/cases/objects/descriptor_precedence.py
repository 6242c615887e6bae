# descriptor protocol: data descriptors beat the instance dict, which beats non-data descriptors; __set_name__
class Data:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Data on class {objtype.__name__}"
        return f"data:{obj.__dict__.get('_' + self.name, 'unset')}"
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value * 2
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return "ro"
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "del-only"
    def __delete__(self, obj):
        print("__delete__ called")
class C:
    d = Data()
    n = NonData()
    r = ReadOnly()
    x = DeleteOnly()
c = C()
print(c.d, c.n, c.r, C.d)
c.d = 5
print(c.d, vars(c))
c.__dict__["d"] = "instance dict value"
print("data descriptor wins:", c.d)
c.__dict__["n"] = "instance dict value"
print("instance dict wins over non-data:", c.n)
del c.n
print("after del:", c.n)
try:
    c.r = 1
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["x"] = "inst"
print("descriptor with only __delete__ is data:", c.x)
del c.x
print(C.__dict__["n"].__get__(None, C), C.n)
class Method:
    def f(self):
        return "f"
m = Method()
bound = Method.__dict__["f"].__get__(m, Method)
print(bound(), type(bound).__name__, bound.__self__ is m, bound.__func__ is Method.f)
m.f = lambda: "instance override"
print(m.f(), Method.f(m))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.attr)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
class Rec:
    age = Typed(int)
    name = Typed(str)
r = Rec()
r.age, r.name = 30, "bob"
print(r.age, r.name, sorted(vars(r)))
try:
    r.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Rec.age).__name__)
