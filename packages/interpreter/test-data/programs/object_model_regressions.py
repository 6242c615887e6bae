# Regressions: __slots__ + __dict__, exception mixin layouts, class keywords,
# mappingproxy, GenericAlias, __len__ via __index__, hash of tuple subclasses,
# subclass instances of builtins with attributes, singleton reprs.
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__, type(WithDict.__dict__["a"]).__name__)
class Mixin:
    def hello(self):
        return "hi"
class E(Exception, Mixin):
    pass
class Multi(ValueError, TypeError):
    pass
print(E("x").hello(), isinstance(Multi(), TypeError))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="c"):
    pass
print(Child.tag, type(Base.__dict__).__name__, list[int], dict[str, list[int]])
class I:
    def __index__(self):
        return 3
class L:
    def __len__(self):
        return I()
print(len(L()), bool(L()))
class T(tuple):
    pass
t = T((1, 2))
t.extra = "ok"
print(hash(t) == hash((1, 2)), t.extra)
class S(str):
    pass
s = S("v")
s.note = 1
print(s.note, repr(...), repr(NotImplemented), type(...)() is ...)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
class G:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return name.upper()
print(hasattr(G(), "anything"), getattr(G(), "q"))
