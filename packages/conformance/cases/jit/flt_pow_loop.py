# float ** in hot loops runs on raw doubles (the interpreter's own pow, so
# the bits match CPython's libm). Mid-loop the power leaves the reals (a
# negative base with a fractional exponent gives a complex), raises
# (0.0 ** -1 → ZeroDivisionError, overflow → OverflowError, right lines),
# or an operand becomes an int (int ** int stays an int) or a subclass.


def norms(xs, p):
    t = 0.0
    for x in xs:
        t += abs(x) ** p + x ** 2 * 0.5
    return t


def roots(xs, p):
    out = []
    for x in xs:
        out.append(x ** p)
    return out


xs = [(k - 6000) * 0.013 for k in range(12000)]
print(norms(xs, 1.5), norms(xs, 3), norms(xs, -0.5 if False else 0.5))
r = roots([abs(x) + 0.5 for x in xs], 1 / 3)
print(r[:3], r[-3:])
r = roots([abs(x) + 0.5 for x in xs[:11000]] + [-8.0, 27.0], 1 / 3)
print(r[-3:])
r = roots([abs(x) + 0.5 for x in xs[:11000]] + [2, 3], 2)
print(r[-3:], [type(v).__name__ for v in r[-3:]])
for bad in [0.0, -0.0]:
    try:
        roots([abs(x) + 0.5 for x in xs[:11000]] + [bad], -1.0)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("ZeroDivisionError:", e, "line", tb.tb_lineno)
try:
    roots([abs(x) + 0.5 for x in xs[:11000]] + [1e200], 2.0)
except OverflowError as e:
    print("OverflowError:", e)
specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, float("inf"), float("-inf"), float("nan"), 5e-324]
for p in [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, 0.5, float("inf"), float("-inf"), float("nan")]:
    out = []
    for x in specials:
        try:
            out.append(x ** p)
        except (ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__)
    print(p, out)


class P(float):
    def __pow__(self, other):
        return P(7.0)

    def __repr__(self):
        return "P(%r)" % float(self)


print(roots([abs(x) + 0.5 for x in xs[:11000]] + [P(2.0), 4.0], 0.5)[-2:])
