"""Emit test-data/objects/math.json: CPython 3.11 math functions on a grid
of arguments. Results: repr of the value, or "!ExcName: message".
Floats in arguments are given as repr strings prefixed "f:", ints as "i:".
Run: python3 scripts/gen-math-vectors.py"""
import json, math, os, sys

grid = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.5, 3.0, 10.0, 0.1, 1e-10, 1e10, 1e300, -1e300, 710.0,
        math.inf, -math.inf, math.nan, 5e-324]
ints = [0, 1, -1, 5, 12, -12, 2**53 + 1, 10**30, -(10**30), 2**1100]
unary = ["ceil", "floor", "trunc", "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "fabs",
         "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc",
         "gamma", "lgamma", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "cbrt"]
binary = ["pow", "atan2", "fmod", "copysign", "hypot", "remainder", "nextafter", "isclose", "ldexp_i"]
def enc(v): return "f:" + repr(v) if isinstance(v, float) else "i:" + str(v)
def res(f, *a):
    try: return repr(f(*a))
    except Exception as e: return "!%s: %s" % (type(e).__name__, e)
cases = []
for name in unary:
    for x in grid + ints:
        cases.append([name, [enc(x)], res(getattr(math, name), x)])
for name in binary:
    f = (lambda x, y: math.ldexp(x, int(y) if not isinstance(y, float) or y == y and abs(y) < 1e9 else 0)) if name == "ldexp_i" else getattr(math, name)
    for x in grid[:14] + ints[:4]:
        for y in grid[:14] + [math.inf, math.nan] + ints[:4]:
            if name == "ldexp_i":
                if isinstance(y, float): continue
                cases.append(["ldexp", [enc(x), enc(y)], res(math.ldexp, x, y)])
            else:
                cases.append([name, [enc(x), enc(y)], res(f, x, y)])
for n in range(0, 30):
    for k in range(-1, 12):
        cases.append(["comb", ["i:%d" % n, "i:%d" % k], res(math.comb, n, k)])
        cases.append(["perm", ["i:%d" % n, "i:%d" % k], res(math.perm, n, k)])
for x in [0, 1, 5, 20, 25, 100, 2**64, 10**40 + 7, -4]:
    cases.append(["isqrt", [enc(x)], res(math.isqrt, x)])
    cases.append(["factorial", [enc(x)], res(math.factorial, x) if x < 200 else "skip"])
for args in [(12, 18), (0, 0), (-4, 6), (2**70, 2**65 * 3), (3, 5, 7), (), (12, -18, 30)]:
    cases.append(["gcd", [enc(a) for a in args], res(math.gcd, *args)])
    cases.append(["lcm", [enc(a) for a in args], res(math.lcm, *args)])
for args in [(3.0, 4.0), (1e308, 1e308), (1.0, 2.0, 3.0), (5e-324, 5e-324), (), (math.inf, math.nan), (0.1, 0.2, 0.3, 0.4)]:
    cases.append(["hypot", [enc(a) for a in args], res(math.hypot, *args)])
fs = [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308], [math.inf, -math.inf], [1.0, math.nan], [2.0**53, 1.0, 1.0], []]
for v in fs:
    cases.append(["fsum", [[enc(a) for a in v]], res(math.fsum, v)])
cases = [c for c in cases if c[2] != "skip"]
dest = os.path.join(os.path.dirname(__file__), "..", "test-data", "objects", "math.json")
with open(dest, "w") as f: json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=0)
print(len(cases), "cases")
