# float % , // and ** 2 in hot loops run on raw doubles (CPython's sign and
# rounding rules: the result of % has the divisor's sign, // floors, -0.0
# kept). Mid-loop the divisor becomes zero (ZeroDivisionError with the right
# line), an operand becomes an int (int ** 2 stays an int) or a float
# subclass, and nan / inf / -0.0 go through every operator.


def fold(xs, d):
    acc = 0.0
    out = []
    for x in xs:
        m = x % d
        q = x // d
        s = x ** 2
        acc += m + q * 0.5 + s * 0.001
        out.append((m, q))
    return acc, out[-3:]


xs = [(k - 5000) * 0.37 for k in range(12000)]
print(fold(xs, 3.0))
print(fold(xs, -2.5))
print(fold(xs, 0.1))
specials = [0.0, -0.0, 1e150, -1e150, 5e-324, -5e-324, float("inf"), float("-inf"), float("nan"), 7.0, -7.0, 2.5, -2.5]
for d in [3.0, -3.0, 0.5, -0.5, float("inf"), float("-inf"), float("nan"), 5e-324]:
    print(d, fold(specials + xs, d)[1], [(x % d, x // d) for x in specials])
print([x ** 2 for x in specials])


class F(float):
    def __mod__(self, other):
        return F(1.5)

    def __repr__(self):
        return "F(%r)" % float(self)


print(fold(xs[:11000] + [F(2.0), 9.0, 10.0], 4.0))
print(fold(xs[:11000] + [7, 9, 10], 4.0))
try:
    fold(xs[:11000] + [1.0, 2.0], 0.0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("ZeroDivisionError:", e, "line", tb.tb_lineno)


def floordiv_only(xs, d):
    t = 0.0
    for x in xs:
        t += x // d
    return t


print(floordiv_only(xs, 7.0))
try:
    floordiv_only(xs[:11000] + [3.0], 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(floordiv_only(xs[:11000] + [3, 4], 7.0))


def squares(xs):
    t = 0.0
    for x in xs:
        t += x ** 2
    return t


print(squares(xs))
for big in [1e155, -1e200, 1e308]:
    try:
        squares(xs[:11000] + [big])
    except OverflowError as e:
        print("OverflowError:", e)
print(squares(xs[:11000] + [float("inf"), 3]), squares([float("nan")] * 3))
