# Name caches (LOAD_GLOBAL / LOAD_NAME / STORE_NAME) stay right while other
# keys of the same dict come and go, entries move (compaction), builtins get
# shadowed and unshadowed, and keys are built at run time.
import builtins

x = 1


def f():
    return x + len("ab")


total = 0
for i in range(60):
    try:
        if i % 3 == 0:
            raise ValueError(i)
    except ValueError as e:  # stores and deletes 'e' every time
        total += e.args[0]
    total += f() + x
    if i == 20:
        len = lambda s: 100  # a module global shadows the builtin
    if i == 30:
        del len
    if i == 40:
        globals()["".join(["x"])] = 5  # a key built at run time
    if i == 45:
        del x
        x = 7
    if i == 50:
        for k in range(40):
            globals()["tmp%d" % k] = k
        for k in range(40):
            del globals()["tmp%d" % k]  # many tombstones: the dict compacts
print(total, x)

g = {}
exec("a = 1\nfor j in range(5):\n    a = a + j\n    b = j\n    del b\nprint(a, sorted(k for k in globals() if k != '__builtins__'))", g)

loc = {}
exec("for j in range(4):\n    c = j * 2\n    if j == 2:\n        del c\n        c = 100\nprint(c)", {}, loc)
print(loc)


class K:
    n = 0
    for _ in range(5):
        n = n + 1
        tmp = n
        del tmp
    m = n * len("abc")
print(K.n, K.m)


def h():
    return abs(-3)


outs = []
for i in range(8):
    if i == 2:
        builtins.abs = lambda v: 42
    if i == 4:
        globals()["abs"] = lambda v: -1
    if i == 6:
        del globals()["abs"]
        del builtins.abs
    try:
        outs.append(h())
    except NameError as e:
        outs.append(str(e))
print(outs)
