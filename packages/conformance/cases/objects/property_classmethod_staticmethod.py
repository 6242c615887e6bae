# property (getter/setter/deleter, docs, inheritance overrides), classmethod, staticmethod objects
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="derived")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class Hot(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "hot " + str(self._c)
h = Hot()
h.celsius = 5
print(h.celsius, type(Temp.__dict__["celsius"]).__name__)
p = property()
class Q:
    x = p
try:
    Q().x
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    count = 100
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many(), Sub().how_many())
print(Counter.add(2, 3), Counter().add(4, 5))
sm = Counter.__dict__["add"]
cm = Counter.__dict__["how_many"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(1, 1), cm.__func__(Sub))
print(callable(sm), Counter.how_many.__self__ is Counter)
class Lazy:
    calls = 0
    @property
    def expensive(self):
        Lazy.calls += 1
        return 99
l = Lazy()
print(l.expensive + l.expensive, Lazy.calls)
print(isinstance(Lazy.expensive, property), Lazy.expensive.fget.__name__, Lazy.expensive.fset)
