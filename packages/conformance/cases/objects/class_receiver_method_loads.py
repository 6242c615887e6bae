# Attribute and method loads through a class object (LOAD_METHOD with a class receiver).
class Base:
    K = 10
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def twice(x):
        return 2 * x
    @property
    def prop(self):
        return self.v + 1


class Sub(Base):
    def __init__(self, v):
        Base.__init__(self, v * 2)


class Meta(type):
    def __getattribute__(cls, name):
        if name == "hook":
            return lambda: "meta-hook"
        return type.__getattribute__(cls, name)


class WithMeta(metaclass=Meta):
    def hook():
        return "class-hook"


def run(n):
    out = []
    for i in range(n):
        s = Sub(i)
        out.append((Base.get(s), Sub.get(s), Base.twice(i), Base.make(i).v, Sub.make(i).__class__.__name__, WithMeta.hook()))
        if i == 3:
            Base.get = lambda self: -self.v
        if i == 5:
            Base.twice = staticmethod(lambda x: 3 * x)
        if i == 7:
            del Base.get
            Base.get = Base.prop.fget
    return out


for row in run(10):
    print(row)
print(Base.prop.__class__.__name__, Base.__name__, Base.__doc__, Sub.__mro__[1].__name__)
for cls in (int, str, Base, Sub, dict):
    print(cls.__name__, cls.__repr__(cls(1) if cls is not dict else {})[:15], cls.__class__.__name__)
vals = []
for obj in (Base, Sub, Base, Sub):
    vals.append(obj.__init__.__qualname__)
print(vals)
try:
    Base.missing(1)
except AttributeError as e:
    print(e)
