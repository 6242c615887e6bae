# BINARY_OP_*_INT / _FLOAT / ADD_STR and COMPARE_OP_INT / _FLOAT / _STR, invalidated.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def iadd(a, b):
    a += b
    return a


def phase(label, fn, pairs):
    out = [fn(a, b) for a, b in pairs]
    print(label, out[:2], out[-2:], type(out[-1]).__name__)


ints = [(i, i + 1) for i in range(40)]
phase("add int", add, ints)
# int overflow past 2**53 and 2**63 at the same sites
big = [(2**53 - 1 + i, 1 + i) for i in range(40)]
phase("add past 2**53", add, big)
phase("add past 2**63", add, [(2**63 - 5 + i, 3) for i in range(40)])
phase("sub below -2**53", sub, [(-(2**53) + 1, i + 2) for i in range(40)])
phase("mul past 2**53", mul, [(2**27 + i, 2**27 + i) for i in range(40)])
phase("mul past 2**63", mul, [(2**32 + i, 2**32) for i in range(40)])
phase("mul negative zero", mul, [(0, -i) for i in range(40)])
phase("add back to small", add, ints)

# float <-> int mixing
phase("add float", add, [(i + 0.5, 0.25) for i in range(40)])
phase("add float+int", add, [(0.5, i) for i in range(40)])
phase("add int+float", add, [(i, 0.5) for i in range(40)])
phase("add int+int at float site", add, ints)
phase("mul float", mul, [(1.5, i) for i in range(40)])
phase("mul float inf", mul, [(1e308, 10.0) for i in range(40)])
phase("sub float nan", sub, [(float("nan"), 1.0) for _ in range(40)])
phase("add bool", add, [(True, i) for i in range(40)])
phase("add big+float", add, [(2**60, 0.5) for _ in range(40)])

# str and str subclass
phase("add str", add, [("a" * (i % 3), "b") for i in range(40)])


class MyStr(str):
    def __add__(self, other):
        return "MyStr+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other


phase("add str subclass", add, [(MyStr("x"), "y") for _ in range(40)])
phase("add str + subclass", add, [("x", MyStr("y")) for _ in range(40)])
phase("add list", add, [([i], [0]) for i in range(40)])
try:
    add("a", 1)
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __lt__(self, other):
        return "MyInt.__lt__"


phase("add int subclass", add, [(MyInt(3), 4) for _ in range(40)])
phase("iadd int", iadd, ints)
phase("iadd list", iadd, [([1], [i]) for i in range(40)])
phase("iadd str", iadd, [("s", str(i)) for i in range(40)])

# comparisons
phase("lt int", lt, ints)
phase("lt big", lt, [(2**64, 2**64 + i) for i in range(40)])
phase("lt float", lt, [(i / 3, 4.0) for i in range(40)])
phase("lt mixed", lt, [(i, 3.5) for i in range(40)])
phase("lt nan", lt, [(float("nan"), i) for i in range(40)])
phase("lt str", lt, [(chr(97 + i % 26), "m") for i in range(40)])
phase("lt int subclass", lt, [(MyInt(1), 2) for _ in range(40)])
phase("eq str", eq, [("ab"[i % 2], "a") for i in range(40)])
phase("eq str vs int", eq, [("1", 1) for _ in range(40)])
phase("eq int vs float", eq, [(i, float(i)) for i in range(40)])
phase("eq str subclass", eq, [(MyStr("a"), "a") for _ in range(40)])
phase("eq astral", eq, [("\U0001F600", "\U0001F600") for _ in range(40)])
phase("lt astral vs bmp", lt, [("\U0001F600", "\uffff") for _ in range(40)])
try:
    lt("a", 1)
except TypeError as e:
    print("TypeError", e)
