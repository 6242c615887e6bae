# A small float-returning function inlined into a hot loop: its result stays a
# raw double in the caller. Then the speculation breaks mid-loop: the
# function's code is replaced (now returns an int, then a str), it returns a
# float subclass, and it raises ZeroDivisionError (traceback lines).
def weight(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def as_int(i, j):
    return (i + j) % 3


def as_str(i, j):
    return "s"


class F(float):
    def __mul__(self, other):
        return F(float(self) * float(other) + 0.5)


def as_sub(i, j):
    return F(0.25)


def row(v, i, n):
    s = 0.0
    for j in range(n):
        s += weight(i, j) * v[j]
    return s


def run(n, rounds):
    v = [1.0 + k / 7 for k in range(n)]
    out = []
    for i in range(rounds):
        out.append(row(v, i, n))
    return out


print([round(x, 9) for x in run(12000, 3)])
print([round(x, 9) for x in run(40, 30)])
weight.__code__ = as_int.__code__
print(run(12000, 2)[-1])
weight.__code__ = as_sub.__code__
print(run(12000, 2)[-1])
weight.__code__ = as_str.__code__
try:
    run(5, 1)
except TypeError as e:
    print("TypeError:", e)


def inv(x):
    return 1.0 / x


def total(xs):
    t = 0.0
    for x in xs:
        t += inv(x) * 2.0
    return t


print(round(total([float(k + 1) for k in range(12000)]), 9))
try:
    total([1.0] * 12000 + [0.0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ZeroDivisionError:", e, where)
print(total([2.0, -0.0 + 4.0, float("inf")]))
