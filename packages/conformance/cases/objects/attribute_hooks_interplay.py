# __getattribute__ vs __getattr__ fallback, AttributeError from properties, __setattr__/__delattr__ via object
class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.real = 1
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        if name == "real":
            raise AttributeError("cannot delete real")
        object.__delattr__(self, name)
    @property
    def broken(self):
        raise AttributeError("inner failure")
t = Tracer()
print(t.real, t.auto_thing)
t.extra = [1]
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
print("property raising AttributeError falls back:", end=" ")
try:
    t.broken
except AttributeError as e:
    print(e)
try:
    del t.real
except AttributeError as e:
    print("AttributeError:", e)
del t.extra
print(hasattr(t, "extra"), hasattr(t, "auto_x"), getattr(t, "nope", "dflt"))
for entry in t.log:
    print(" ", entry)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is frozen")
f = Frozen(5)
try:
    f.a = 6
except AttributeError as e:
    print("AttributeError:", e, f.a)
class Plain: pass
o = Plain()
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
