# Exceptions leaving generators consumed by hot `for` loops, and exceptions
# crossing calls with keywords / many arguments: handlers, tracebacks,
# __context__, PEP 479, generator state after the exception.
import sys


def gen(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError(f"bad {i}")
        yield i


def stopper(n):
    for i in range(n):
        if i == 3:
            raise StopIteration("inner")
        yield i


def handled_inside(n):
    for i in range(n):
        try:
            if i % 4 == 0:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield -e.args[0]


def consume(n, bad):
    total = 0
    try:
        for x in gen(n, bad):
            total += x
    except ValueError as e:
        return total, str(e), e.__context__
    return total, None, None


def consume_stop(n):
    out = []
    try:
        for x in stopper(n):
            out.append(x)
    except RuntimeError as e:
        return out, str(e), type(e.__cause__).__name__, str(e.__cause__)
    return out


def tb_names(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


def kwcallee(a, b, *, scale=1, fail=False):
    if fail:
        raise IndexError(f"kw {a} {b} {scale}")
    return (a + b) * scale


def many(a, b, c, d, e):
    if a > d:
        raise ArithmeticError(a - d)
    return a + b + c + d + e


def caller(i):
    t = 0
    try:
        t += kwcallee(i, 1, scale=2, fail=(i % 3 == 0))
    except IndexError as e:
        t -= len(str(e))
    try:
        t += many(i % 7, 1, 2, 3, 4)
    except ArithmeticError as e:
        t += e.args[0] * 100
    return t


res = []
for k in range(300):
    res.append(consume(10, k % 12))
print(res[:3], res[11], res[12])
print(sum(r[0] for r in res))
for k in range(200):
    r = consume_stop(6)
print(r)
print(sum(handled_inside(40)), list(handled_inside(9)))
print(sum(caller(i) for i in range(500)))

g = gen(5, 2)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e, [n for n, _ in tb_names(e)])
print(list(g), next(g, "done"))

try:
    for k in range(100):
        caller(k)
        kwcallee(k, k, scale=k, fail=k == 77)
except IndexError as e:
    print("escaped", e, [n for n, _ in tb_names(e)])


def nested(n):
    try:
        for x in gen(n, n - 1):
            pass
    finally:
        print("finally", n) if n == 99 else None


for n in range(2, 100):
    try:
        nested(n)
    except ValueError as e:
        last = str(e)
print(last)
sys.stdout.flush()
for x in gen(5, 4):
    print(x)
