# getattr/setattr/hasattr/delattr with defaults and errors, isinstance/issubclass with tuples and ABC-free classes
class C:
    x = 1
o = C()
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 5)
setattr(C, "z", 9)
print(o.y, o.z, getattr(C, "z"))
delattr(o, "y")
print(hasattr(o, "y"))
for bad in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5),
            lambda: setattr(o, 1, 2), lambda: setattr(5, "x", 1), lambda: delattr(C, "nope"), lambda: getattr(o)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Raises:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(int, "from_bytes")(b"\x02", "big"))
class A: pass
class B(A): pass
class Cc: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (Cc, A)), isinstance(1, (str, (list, (int,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (Cc, A)), issubclass(B, object), issubclass(type, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(int, type), isinstance(type, type), isinstance(None, object))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None)))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(B, "A"), lambda: isinstance(1, (int, 2))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "special"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("special", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic), type(Magic()) is Magic)
print(callable(o), callable(C), callable(getattr), callable(C.__init__), callable(o.__class__))
class CallMe:
    def __call__(self): return "called"
print(callable(CallMe()), CallMe()(), callable(CallMe))
names = ["a", "b", "c"]
target = C()
for i, n in enumerate(names):
    setattr(target, n, i * 10)
print([getattr(target, n) for n in names], sorted(vars(target).items()))
print(getattr(target, "__class__").__name__, getattr(C, "__name__"), getattr(type, "__name__"))
