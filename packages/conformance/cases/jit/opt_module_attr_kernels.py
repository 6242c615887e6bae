# Tier 2 reads attributes of a module global (math.sqrt, math.pi) as
# constants and runs float builtins on raw doubles. Rebinding the module
# attribute mid-loop, a math domain error / overflow inside a hot loop, int
# arguments and NaN/inf must all behave as in CPython.
import math


def norms(n):
    total = 0.0
    for i in range(n):
        x = i * 0.5
        total += math.sqrt(x * x + 1.0) + math.pi
    return total


print("%.6f" % norms(30000))
print("%.6f" % norms(30000))


def patched(n):
    acc = 0.0
    for i in range(n):
        acc += math.sqrt(i)
        if i == n // 2:
            math.sqrt = lambda v: -1.0
    return acc


orig = math.sqrt
print("%.6f" % patched(30000))
math.sqrt = orig
print("%.6f" % patched(30000))
math.sqrt = orig


def domain(n, bad):
    acc = 0.0
    for i in range(n):
        v = float(i) if i != bad else -1.0
        acc += math.sqrt(v)
    return acc


try:
    domain(30000, 25000)
except ValueError as e:
    print("ValueError", e)


def overflow(n, big):
    acc = 0.0
    for i in range(n):
        x = 1.0 if i != big else 1000.0
        acc += math.exp(x) + math.sin(x) + math.cos(x)
    return acc


try:
    overflow(30000, 29000)
except OverflowError as e:
    print("OverflowError", e)


def specials(n):
    out = []
    for i in range(n):
        out.append(math.sqrt(float("inf")) if i % 2 else math.fabs(-i))
    nan = math.sqrt(float("nan"))
    return out[-1], out[-2], nan != nan


print(specials(30000))


def mixed(n):
    acc = 0.0
    for i in range(n):
        acc += math.sqrt(i if i < n - 10 else 2 ** 60)
    return acc


print("%.6f" % mixed(30000))


class FakeMath:
    floor = staticmethod(lambda v: -1)


def rebound_module(n):
    global math
    acc = 0.0
    for i in range(n):
        acc += math.floor(i / 3)
        if i == 20000:
            math = FakeMath
    return acc


print(rebound_module(30000))
