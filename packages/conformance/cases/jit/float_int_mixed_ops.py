# Mixed int/float arithmetic and float comparisons through hot sites: true division of ints,
# zero divisors, signed zeros, inf/nan, bools, big ints, float subclasses.
import math


class F(float):
    def __add__(self, other):
        return "F.add"

    def __truediv__(self, other):
        return "F.div"

    def __lt__(self, other):
        return "F.lt"


def arith(a, b):
    out = []
    for op in range(4):
        try:
            if op == 0:
                r = a + b
            elif op == 1:
                r = a - b
            elif op == 2:
                r = a * b
            else:
                r = a / b
        except ZeroDivisionError as e:
            r = "ZeroDivisionError: %s" % e
        except OverflowError as e:
            r = "OverflowError: %s" % e
        out.append(r if not isinstance(r, float) else (repr(r), math.copysign(1.0, r) if r == 0 else None))
    return out


def compare(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


values = [0, 1, -1, 7, 2**53 - 1, -(2**53) + 1, 2**53 + 1, 2**70, 0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf"), float("nan"), True, False, F(2.5)]
results = {}
for rep in range(60):
    for a in values:
        for b in values:
            r = arith(a, b)
            c = compare(a, b) if not isinstance(a, F) and not isinstance(b, F) else None
            if rep == 59:
                results[(repr(a), repr(b))] = (r, c)
for k in sorted(results)[:400:7]:
    print(k, results[k])

acc = 0.0
q = 0
for i in range(1, 5000):
    acc += i / 7
    acc -= 3 / i
    acc = acc * 1.0000001 - i
    q += (i * 3) // 2
    if 1.5 < i / 1000 < 2.5:
        q += 1
print(repr(acc), q, 10 / 4, -7 / 2, 1 / 3, 2**53 / 3, (2**53 - 1) / (2**52 + 1))
print(7 / 7, type(7 / 7).__name__, -0.0 + 0, 0 * -1.5, -0.0 * 1, 0 / -3, -0 / 3)
