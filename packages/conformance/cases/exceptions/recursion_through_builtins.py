# Runaway recursion through builtins and special methods (__getattr__,
# __eq__, __hash__, map/filter/sorted/max keys, __len__, __iter__, __bool__,
# operators, __getitem__, __call__, __missing__, yield from, __init__,
# __setattr__) and deep nesting (repr/str/== of 100000-deep lists and
# dicts): always a RecursionError with CPython's message, never a JS stack
# overflow; repr of a 990-deep list works as in CPython; more than 200 nested
# brackets is a SyntaxError.
import sys
def t(label, f):
    try:
        f()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError", e)
    except Exception as e:
        print(label, type(e).__name__, e)

class G:
    def __getattr__(self, name):
        return getattr(self, name)
t("getattr loop", lambda: G().x)

class E:
    def __eq__(self, other):
        return self == other
t("eq loop", lambda: E() == E())

class H:
    def __hash__(self):
        return hash(self)
t("hash loop", lambda: hash(H()))

def m(x):
    return list(map(m, [x]))
t("map recursion", lambda: m(1))

def s(x):
    return sorted([x, x], key=s)
t("sorted key recursion", lambda: s(1))

class R:
    def __repr__(self):
        return repr(self)

class S:
    def __str__(self):
        return str(self)

class L:
    def __len__(self):
        return len(self)
t("len loop", lambda: len(L()))

class I:
    def __iter__(self):
        return iter(self)
t("iter loop", lambda: iter(I()))

class B:
    def __bool__(self):
        return bool(self)
t("bool loop", lambda: bool(B()))

class A:
    def __add__(self, o):
        return self + o
t("add loop", lambda: A() + 1)

class GI:
    def __getitem__(self, k):
        return self[k]
t("getitem loop", lambda: GI()[0])

class C:
    def __call__(self):
        return self()
t("call loop", lambda: C()())

class Ga:
    def __getattribute__(self, n):
        return getattr(self, n)
t("getattribute loop", lambda: Ga().x)

def f(n):
    return f(n + 1)
t("plain recursion", lambda: f(0))

def red(x):
    import functools
    return functools.reduce(lambda a, b: red(a), [x, x])

def fl(x):
    return list(filter(fl, [x]))
t("filter recursion", lambda: fl(1))

def mx(x):
    return max([x, x], key=mx)
t("max key recursion", lambda: mx(1))

class Fmt:
    def __format__(self, spec):
        return format(self, spec)
t("format loop", lambda: format(Fmt(), ""))

class Ct:
    def __contains__(self, x):
        return x in self
t("contains loop", lambda: 1 in Ct())

class Lt:
    def __lt__(self, o):
        return self < o

class D(dict):
    def __missing__(self, k):
        return self[k]
t("missing loop", lambda: D()[1])

def gen(n):
    yield from gen(n + 1)
t("yield from recursion", lambda: next(gen(0)))

class Init:
    def __init__(self):
        Init()
t("init recursion", lambda: Init())

class Del:
    def __setattr__(self, k, v):
        setattr(self, k, v)
t("setattr loop", lambda: setattr(Del(), "a", 1))

nested = []
for i in range(100000):
    nested = [nested]
t("deep repr", lambda: repr(nested))
t("deep eq", lambda: nested == nested[0])
d = {}
for i in range(100000):
    d = {1: d}
t("deep dict repr", lambda: repr(d))
t("deep str", lambda: str(nested))
t("eval deep", lambda: eval("(" * 300 + ")" * 300))

for n in [500, 900, 990, 1100]:
    nested = []
    for i in range(n):
        nested = [nested]
    t(f"repr {n}-deep list", lambda: len(repr(nested)))
    d = {}
    for i in range(n):
        d = {1: d}
    t(f"str {n}-deep dict", lambda: len(str(d)))
    tup = ()
    for i in range(n):
        tup = (tup, 1)
    t(f"repr {n}-deep tuple", lambda: len(repr(tup)))
for n in [199, 200, 201]:
    t(f"{n} nested parens", lambda: eval("(" * n + ")" * n))
try:
    compile("x = 1\ny = " + "[" * 201 + "]" * 201, "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print("done")
