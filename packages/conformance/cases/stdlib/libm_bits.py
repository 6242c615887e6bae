# math functions give glibc's exact bits (float.hex) over varied inputs: tiny, huge, negative, special values
import math, random
R = random.Random(2024)
def inputs(lo_e, hi_e, n=150):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 5e-324, 1.7976931348623157e308, math.pi, math.e, 10.0, 100.0, 0.1, 1e-8, 3.0, 27.0, 0.75,
          math.inf, -math.inf, math.nan]
    for _ in range(n):
        x = math.ldexp(R.random() + 0.5, R.randint(lo_e, hi_e))
        xs.append(-x if R.random() < 0.5 else x)
    for _ in range(n // 3):
        xs.append(R.uniform(-10, 10))
        xs.append(R.randint(-50, 50) / 4)
    return xs
def show(f, *args):
    try:
        r = f(*args)
        return r.hex() if isinstance(r, float) else repr(r)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)
ranges = {"exp": (-30, 10), "exp2": (-30, 10), "log": (-1074, 1023), "log2": (-1074, 1023), "log10": (-1074, 1023),
          "sinh": (-30, 10), "cosh": (-30, 10), "tanh": (-30, 5), "asinh": (-60, 60), "acosh": (0, 60), "atanh": (-60, 0),
          "cbrt": (-1074, 1023), "erf": (-30, 3), "erfc": (-30, 5), "sqrt": (-1074, 1023)}
for name, (lo, hi) in ranges.items():
    f = getattr(math, name)
    out = [show(f, x) for x in inputs(lo, hi)]
    print(name, " ".join(out))
xs = inputs(-20, 20, 300)
ys = inputs(-8, 6, 300)
print("pow", " ".join(show(math.pow, abs(x), y) for x, y in zip(xs, ys)))
print("pow int", " ".join(show(math.pow, x, float(round(y))) for x, y in zip(xs, ys) if abs(y) < 1e6))
print("** ", " ".join(show(lambda a, b: a ** b, abs(x), y) for x, y in zip(xs, ys)))
print("gamma", " ".join(show(math.gamma, x) for x in inputs(-3, 7)))
print("lgamma", " ".join(show(math.lgamma, x) for x in inputs(-3, 20) if not x < 0))
