# Exceptions caught across inlined frames, many times (the recursion depth
# must not leak: each inlined frame's level is given back on every path),
# and callees that are not inlinable (closures, generators, frame
# introspection) called from hot code.
import sys


def check(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x + 1


def pick(table, key):
    return table[key] * 2


def safe(x, table):
    try:
        return check(x) + pick(table, x)
    except ValueError as e:
        return str(e)
    except KeyError as e:
        return "missing " + repr(e)


table = {i: i * i for i in range(50)}
res = []
for i in range(-3000, 3000):
    r = safe(i % 60 - 5, table)
    if i % 997 == 0:
        res.append(r)
print(res)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def deepest():
    n = 0
    step = 64
    while step:
        try:
            down(n + step)
            n += step
        except RecursionError:
            step //= 2
    return n


def both(i, t):
    return down(i % 5) + pick(t, 1)


before = deepest()
for i in range(3000):
    try:
        pick(table, 100 + i % 3)
    except KeyError:
        pass
    try:
        both(i, table if i < 2000 else None)
    except TypeError:
        pass
print(before == deepest(), before > 900, before)


def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)


def gen(n):
    yield n
    yield n + 1


def where():
    return sys._getframe(1).f_code.co_name


def hot(n):
    return add5(n) + sum(gen(n)) + len(where())


t = 0
for i in range(3000):
    t += hot(i)
print(t)


def raiser(x):
    raise KeyError(x)


def calls_raiser(x):
    return raiser(x) + 1


for i in range(2000):
    try:
        calls_raiser(i)
    except KeyError as e:
        last = e
print(repr(last))


def sub(a, b):
    return a - b


def reduce_all(xs):
    acc = xs[0]
    for x in xs[1:]:
        acc = sub(acc, x)
    return acc


for _ in range(100):
    reduce_all(list(range(40)))
print(reduce_all(list(range(40))))
try:
    reduce_all([1, 2, "three", 4])
except TypeError as e:
    print("TypeError", e)
print(reduce_all([1.5, 2, 3 + 4j]))
