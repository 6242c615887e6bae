# hot float loops that meet nan, inf, -0.0, subnormals and int/float comparisons at the 2**53 boundary
import math
vals = [1.0, -0.0, 0.0, float("inf"), -float("inf"), float("nan"), 5e-324, 1e308, 2.0 ** 53, 2 ** 53 + 1]
counts = {"lt": 0, "eq": 0, "nan": 0, "inf": 0, "neg0": 0}
acc = 0.0
for i in range(30000):
    v = vals[i % 10]
    w = vals[(i * 3) % 10]
    if v < w: counts["lt"] += 1
    if v == w: counts["eq"] += 1
    if v != v: counts["nan"] += 1
    if math.isinf(v): counts["inf"] += 1
    if v == 0 and math.copysign(1, v) < 0: counts["neg0"] += 1
    if math.isfinite(v) and abs(v) < 1e300:
        acc += v * 1e-10
print(counts, acc)
x = 1.0
under = 0
for i in range(2000):
    x /= 2
    if x == 0:
        under += 1
        x = 1.0
print(under, x)
big = 2 ** 53
eqs = 0
for i in range(20000):
    n = big + (i % 4)
    f = float(n)
    if n == f: eqs += 1
    if n < f: eqs += 100
    if n > f: eqs += 10000
print(eqs)
s = 0.0
for i in range(1, 20001):
    s += (-1) ** i / i
print(s, round(s, 10), -0.0 * 1, 0.0 * -1, repr(-0.0 + 0.0))
h = 0
for i in range(10000):
    h += hash(i / 8) % 1000 + hash(float(i)) % 1000
print(h, hash(float("inf")), hash(-0.0))
