# Runaway recursion through builtins that call back into Python: always a RecursionError, never a host crash
import sys

def attempt(label, fn):
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        print(label, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))

class R:
    def __repr__(self):
        return "R(%r)" % (self,)
attempt("repr %", lambda: repr(R()))

class F:
    def __repr__(self):
        return f"F({self!r})"
attempt("repr f-string", lambda: repr(F()))

class S:
    def __str__(self):
        return str(self)
attempt("str", lambda: str(S()))

class Eq:
    def __eq__(self, other):
        return self == other
attempt("eq", lambda: Eq() == Eq())

class Lt:
    def __lt__(self, other):
        return self < other
attempt("sorted", lambda: sorted([Lt(), Lt()]))

class H:
    def __hash__(self):
        return hash(self)
attempt("hash", lambda: hash(H()))
attempt("dict key", lambda: {H(): 1})

class G:
    def __getattr__(self, name):
        return getattr(self, name)
attempt("getattr", lambda: G().missing)

class GI:
    def __getitem__(self, i):
        return self[i]
attempt("getitem", lambda: GI()[0])

class A:
    def __add__(self, o):
        return self + o
attempt("add", lambda: A() + 1)

class L:
    def __len__(self):
        return len(self)
attempt("len", lambda: len(L()))

class B:
    def __bool__(self):
        return bool(self)
attempt("bool", lambda: bool(B()))

class C:
    def __call__(self):
        return self()
attempt("call", lambda: C()())

class I:
    def __iter__(self):
        return iter(self)
attempt("iter", lambda: iter(I()))

class Fmt:
    def __format__(self, spec):
        return format(self, spec)
attempt("format", lambda: format(Fmt(), "x"))

def key(x):
    return sorted([x], key=key)
attempt("sorted key", lambda: key(1))

def m(x):
    return list(map(m, [x]))
attempt("map", lambda: m(1))

def flt(x):
    return list(filter(flt, [x]))
attempt("filter", lambda: flt(1))

def gen(n):
    yield from gen(n + 1)
attempt("yield from", lambda: list(gen(0)))

def gen2(n):
    for x in gen2(n + 1):
        yield x
attempt("for in generator", lambda: list(gen2(0)))

def comp(n):
    return [comp(n + 1) for _ in range(1)]
attempt("comprehension", lambda: comp(0))

def via_max(x):
    return max([x], key=via_max)
attempt("max key", lambda: via_max(1))

class P:
    @property
    def p(self):
        return self.p
attempt("property", lambda: P().p)

class Init:
    def __init__(self):
        Init()
attempt("__init__", lambda: Init())

lst = []
for _ in range(100000):
    lst = [lst]
attempt("deep list repr", lambda: repr(lst))
a = []; b = []
for _ in range(100000):
    a = [a]; b = [b]
attempt("deep list eq", lambda: a == b)

print("depth still works:", len(repr(list(range(10)))))
