# Calling exception classes: BaseException's own __new__/__init__ (builtin
# classes, `class E(Exception): pass`) and every way a class can leave that
# path (its own __init__/__new__, a metaclass, patched later, keywords).


class Plain(Exception):
    pass


class Child(Plain):
    pass


class Meta(type):
    def __call__(cls, *args):
        return "made by Meta%r" % (args,)


class WithMeta(Exception, metaclass=Meta):
    pass


class Slotted(Exception):
    __slots__ = ("extra",)


def show(e):
    print(type(e).__name__, e.args, repr(e), str(e))


for i in range(3):
    show(ValueError("bad", i))
    show(KeyError(i))
    show(Plain())
    show(Child(i, "x"))
    show(OSError(2, "No such file"))
    show(StopIteration(i))
    show(SystemExit(i))
    show(ImportError("m", name="pkg"))
    print(StopIteration(i).value, SystemExit(i).code, OSError(2, "x").errno, type(OSError(2, "x")).__name__)
    print(WithMeta(i))
    s = Slotted(i)
    s.extra = i * 2
    print(s.extra, s.args)
    p = Plain(i)
    p.note = "n%d" % i
    print(p.note, p.__dict__)
    for bad in (lambda: ValueError(x=1), lambda: Plain(code=3), lambda: KeyError(1, key=2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


def custom_init(self, *args):
    Exception.__init__(self, "patched", *args)


Plain.__init__ = custom_init
show(Plain(1))
show(Child(2))
del Plain.__init__
show(Plain(3))
Child.__new__ = lambda cls, *a: Exception.__new__(cls, "new", *a)
show(Child(4))
print(isinstance(Plain(), Exception), issubclass(Child, Plain))
for i in range(1000):
    try:
        raise ValueError(i) if i % 2 else Plain(i)
    except (ValueError, Plain) as e:
        last = e
print(repr(last), last.__traceback__ is not None)
