# Tier 2 runs opcodes without their own IR op through the interpreter's
# execRare (f-strings, dict/set displays, slices, star-unpacking, imports),
# closures (cells, free variables, nonlocal), and `raise X(...)`, also in
# functions entered directly (no interpreter frame) from other tier-2 code.
import sys


def fmt(i):
    return f"{i:04d}-{i * 0.5:.1f}|{[i, i + 1]!r}"


def displays(i):
    d = {"a": i, "b": i + 1}
    s = {i % 7, i % 5}
    xs = [*range(3), i]
    head, *rest = xs
    return len(d) + len(s) + head + len(rest) + d["b"] + xs[1:3][0]


def driver(n):
    out = 0
    last = ""
    for i in range(n):
        last = fmt(i)
        out += displays(i)
    return out, last


print(driver(20000))


def counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def use_counter(n):
    b = counter()
    t = 0
    for i in range(n):
        t += b(i % 3)
    return t


print(use_counter(30000))


def adders(n):
    fs = [lambda x, k=k: x + k for k in range(4)]
    t = 0
    for i in range(n):
        t += fs[i % 4](i)
    return t


print(adders(30000))


class Oops(Exception):
    pass


def check(i, bad):
    if i == bad:
        raise Oops(f"bad value {i}")
    return i


def raiser(n, bad):
    t = 0
    for i in range(n):
        t += check(i, bad)
    return t


try:
    raiser(30000, 29000)
except Oops as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("Oops", e, lines)


def late_cell(n):
    t = 0
    for i in range(n):
        if i == n - 1:
            del v
        v = i

        def get():
            return v

        t += get()
    return t


try:
    print(late_cell(20000))
except NameError as e:
    print("NameError", e)


def cell_reader(n):
    total = 0

    def inner():
        return total

    for i in range(n):
        total += i
        if i == n - 5:
            del total
            return inner()
    return total


try:
    cell_reader(20000)
except NameError as e:
    print("NameError", e)


def importer(n):
    t = 0
    for i in range(n):
        import math
        from os import path

        t += len(path.sep) + math.floor(i / 2)
    return t


print(importer(20000))
print(sys.version_info[0])
