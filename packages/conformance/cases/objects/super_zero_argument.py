# zero-argument and two-argument super(): methods, classmethods, properties, __init__ chains, cooperative kwargs
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
    def describe(self):
        return "Base"
    @classmethod
    def create(cls):
        return f"create in Base for {cls.__name__}"
    @property
    def value(self):
        return 1
class Colored(Base):
    def __init__(self, color="none", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size=0, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
    def describe(self):
        return "Box>" + super().describe()
    @classmethod
    def create(cls):
        return "Box:" + super().create()
    @property
    def value(self):
        return super().value + 10
b = Box(color="red", size=3, extra=True)
print(b.color, b.size, b.describe(), Box.create(), b.value)
print(super(Colored, b).describe(), super(Box, b).__init__.__qualname__)
class Child(Base):
    def describe(self):
        return "via two-arg " + super(Child, self).describe()
print(Child().describe())
s = super(Box, b)
print(type(s).__name__, s.describe())
class NoMethod(Base):
    def missing(self):
        return super().nothing_here()
try:
    NoMethod().missing()
except AttributeError as e:
    print("AttributeError:", e)
class Outer(Base):
    def method(self):
        def inner():
            return [super(Outer, self).describe()]
        return inner()
    def comp(self):
        return [super(Outer, self).describe() for _ in range(2)]
print(Outer().method(), Outer().comp())
def free_function():
    return super().describe()
try:
    free_function()
except RuntimeError as e:
    print("RuntimeError:", e)
class UsesClass(Base):
    def get(self):
        return __class__.__name__
print(UsesClass().get())
class StaticUser(Base):
    @staticmethod
    def sm():
        return super(StaticUser, StaticUser).create()
print(StaticUser.sm())
class Str(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(Str("abc").upper())
