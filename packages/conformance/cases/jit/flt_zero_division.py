# ZeroDivisionError from unboxed float division and modulo inside a hot loop:
# the exception, message and traceback line are CPython's.
def ratios(xs, d):
    out = 0.0
    for x in xs:
        out += x / d
        d -= 0.5
    return out


def mods(xs, m):
    acc = 0.0
    for x in xs:
        acc += x % m
        m = m - 0.25
    return acc


xs = [float(i) for i in range(3000)]
try:
    ratios(xs, 1000.0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    mods(xs, 500.0)
except ZeroDivisionError as e:
    print("caught:", e)
print(ratios(xs[:10], 100.0))
print(-0.0 / 1.0, 0.0 * -1.0, 1e300 * 1e300, -(1e300 * 1e300))
ratios(xs, 1400.0)
