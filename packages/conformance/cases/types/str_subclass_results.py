# str()/repr()/format()/ascii() return the str subclass instance that
# __str__/__repr__/__format__ returned (CPython's PyObject_Str/Repr/Format
# keep it); int()/float()/operator.index() convert subclass results to the
# exact type (with a DeprecationWarning on stderr).
import operator


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class A:
    def __str__(self):
        return S("hello")

    def __repr__(self):
        return S("rep")

    def __format__(self, spec):
        return S("fmt" + spec)

    def __int__(self):
        return I(5)

    def __index__(self):
        return I(6)

    def __float__(self):
        return F(2.5)


class U:
    def __repr__(self):
        return S("caf\xe9")


a = A()
for label, f in [
    ("str", lambda: str(a)), ("repr", lambda: repr(a)), ("format", lambda: format(a, "x")),
    ("format ''", lambda: format(a)), ("ascii", lambda: ascii(a)), ("ascii non-ascii", lambda: ascii(U())),
    ("str of U", lambda: str(U())), ("repr of U", lambda: repr(U())),
    ("int", lambda: int(a)), ("float", lambda: float(a)), ("operator.index", lambda: operator.index(a)),
    ("str(S)", lambda: str(S("q"))), ("S(a)", lambda: S(a)), ("str(I)", lambda: str(I(3))), ("repr(S)", lambda: repr(S("w"))),
    ("format(S)", lambda: format(S("v"))), ("format(S, '>3')", lambda: format(S("v"), ">3")),
    ("S.__str__", lambda: S("z").__str__()), ("I.__int__", lambda: I(3).__int__()), ("hex", lambda: hex(a)),
    ("range", lambda: range(a)[-1]), ("str(a) + '!'", lambda: str(a) + "!"),
]:
    r = f()
    print(label, type(r).__name__, repr(r))
