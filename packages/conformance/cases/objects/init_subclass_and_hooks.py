# __init_subclass__ with keyword arguments, __class_getitem__, __set_name__ order, __mro_entries__-free hooks
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"registered {cls.__name__} as {key!r}")
class Json(Plugin, name="json"): pass
class Yaml(Plugin): pass
class SubJson(Json, name="json2"): pass
print(sorted(Plugin.registry))
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self): pass
print("Good created")
try:
    class Incomplete(Validated):
        required = ("run", "stop")
        def run(self): pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[int, str] if False else Box[3])
print(list[int], dict[str, list[int]], type(list[int]).__name__)
class Field:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {self.tag} -> {owner.__name__}.{name}")
class Model:
    def __init_subclass__(cls):
        print("  __init_subclass__", cls.__name__)
class User(Model):
    a = Field("first")
    b = Field("second")
print("order: set_name before init_subclass")
class Counter:
    subclasses = 0
    def __init_subclass__(cls):
        Counter.subclasses += 1
        cls.ident = Counter.subclasses
class C1(Counter): pass
class C2(C1): pass
print(C1.ident, C2.ident, Counter.subclasses, hasattr(Counter, "ident"))
print(object.__init_subclass__() is None)
