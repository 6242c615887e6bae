# __call__, __enter__/__exit__ receiving exception details, __repr__/__str__ fallbacks, __format__, __dir__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(10), [1, 2])))
class Timer:
    def __init__(self): self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(("exit", et.__name__ if et else None, str(ev) if ev else None, tb is not None))
        return et is KeyError
t = Timer()
with t as same:
    print("same object:", same is t)
with t:
    raise KeyError("suppressed")
try:
    with t:
        raise ValueError("propagates")
except ValueError:
    pass
print(t.events)
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
o1, o2 = OnlyRepr(), OnlyStr()
print(str(o1), repr(o1), str(o2), [o1], f"{o1}|{o2}", "%s %r" % (o1, o1))
print(repr(o2).startswith("<__main__.OnlyStr object at 0x"))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.c}c"
        return format(self.c / 100, spec)
    def __str__(self): return f"${self.c / 100:.2f}"
m = Money(12345)
print(f"{m} {m:cents} {m:>10.1f}", format(m), "{:,.3f}".format(m))
class NoFormat: pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "")[:10])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class D:
    def __dir__(self): return ["zeta", "alpha", "mid"]
print(dir(D()))
class Rec:
    def __init__(self): self.name = "rec"
    def __repr__(self): return f"Rec(name={self.name!r})"
print([Rec()], {"k": Rec()}, (Rec(),), str(Rec()))
class Nested:
    def __repr__(self): return "N" + repr([1, "two"])
print(repr(Nested()), ascii("é" + repr(Nested())))
