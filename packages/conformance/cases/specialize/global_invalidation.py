# LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN and module-level LOAD_NAME caches, invalidated.
import builtins

G = 1


def read_g():
    return G


def use_len(x):
    return len(x)


def use_abs(x):
    return abs(x)


def run(label, fn, *args):
    vals = [fn(*args) for _ in range(40)]
    print(label, vals[0], vals[-1])


run("global", read_g)
G = 2
run("global rebound", read_g)
del G
try:
    read_g()
except NameError as e:
    print("NameError", e)
G = "back"
run("global restored", read_g)
globals()["G"] = "via globals()"
run("global via dict", read_g)

run("builtin", use_len, [1, 2, 3])


def len(x):
    return "shadowed"


run("builtin shadowed", use_len, [1, 2, 3])
del len
run("builtin unshadowed", use_len, [1, 2, 3])

run("abs", use_abs, -5)
orig_abs = builtins.abs
builtins.abs = lambda x: "patched builtins"
run("builtins module patched", use_abs, -5)
builtins.abs = orig_abs
run("builtins restored", use_abs, -5)
del builtins.abs
try:
    use_abs(-1)
except NameError as e:
    print("NameError", e)
builtins.abs = orig_abs
run("builtin re-added", use_abs, -7)

# many globals added (dict resized / keys reordered) between reads
for i in range(200):
    globals()["filler_%d" % i] = i
run("after many new globals", read_g)
for i in range(0, 200, 2):
    del globals()["filler_%d" % i]
run("after deleting globals", read_g)

# module-level names (LOAD_NAME / STORE_NAME)
total = 0
for i in range(100):
    total = total + i
print("module loop", total)
for i in range(50):
    if i == 25:
        del total
        total = 1000
    total = total + 1
print("module loop after del", total)
x = 0
for i in range(60):
    if i == 30:
        range_ = range
    x = x + (len([i]) if i % 2 else abs(-i))
print("module builtins", x)


def len(x):
    return 100


y = 0
for i in range(40):
    y += len([])
    if i == 20:
        del len
print("module-level shadowing", y)

# class body LOAD_NAME falls back to globals
class C:
    a = G
    b = [G for _ in range(3)]
    G = "class-local"
    c = G


print("class body", C.a, C.b, C.c)
exec("for i in range(30): acc = acc + i if i else 0", globals(), d := {"acc": 0})
print("exec with dict locals", d["acc"])
