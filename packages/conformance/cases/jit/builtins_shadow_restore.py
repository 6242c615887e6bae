# Builtins shadowed by a global, by the builtins module, and restored, while hot loops call them.
import builtins


def count(seq):
    n = 0
    for i in range(2000):
        n += len(seq) + abs(-i)
    return n


print(count([1, 2, 3]))
len = lambda s: 100
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))

orig_abs = builtins.abs
builtins.abs = lambda v: 0
print(count([1]))
builtins.abs = orig_abs
print(count([1]))


def mixed():
    out = []
    global min
    for i in range(3000):
        if i == 1000:
            min = max
        if i == 2000:
            del min
        out.append(min(i, 1500))
    return sum(out)


print(mixed())


def isinst():
    hits = 0
    for i in range(3000):
        if i == 1500:
            builtins.isinstance = lambda a, b: True
        if isinstance(i, str):
            hits += 1
    builtins.isinstance = orig_isinstance
    return hits


orig_isinstance = builtins.isinstance
print(isinst(), isinstance(1, str))

try:
    del builtins.len
    len([])
except NameError as e:
    print("NameError", e)
