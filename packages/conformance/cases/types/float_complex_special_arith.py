# float // % divmod with infinite/nan operands (nan, like C), complex ** overflow/EDOM errors, negative float ** fraction via complex pow, abs(complex) rounding,
# bytes % bytearray is not a mapping, byte/bytearray index messages, range[non-int] is a TypeError (no host crash)
inf = float("inf")
vals = [inf, -inf, float("nan"), 5.5, -5.5, 0.0, -0.0, 1e308]
def f(a, b):
    out = []
    for x in (a // b, a % b, divmod(a, b)):
        out.append(repr(x))
    return out
res = None
for i in range(300):
    for a in vals:
        for b in [3, -3, 2.5, -2.5, inf, -inf, float("nan")]:
            res = (a, b, f(a, b))
            if i == 299:
                print(res)
nan = float("nan")
for a, b in [(inf, 2j), (2j, inf), (1e200 + 0j, 2.5), (1e200 + 1j, 2), (-1e200, 2.5), (complex(inf, 0), 2), (complex(inf, 1), 0.5), (nan, 2j), (2j, nan), (1j, -inf),
             (complex(1e300, 1e300), 2), (1e-300j, -5), (2 + 0j, 2000.5), (2j, 1e300), (-2, 1.5), (-8.0, 1 / 3), (-2.5, -0.5), (3, 2j), (1 + 1j, 0.3 + 0.7j)]:
    try: print(repr(a), repr(b), repr(a ** b))
    except Exception as e: print(repr(a), repr(b), type(e).__name__, e)
import random
random.seed(5)
print([abs(complex(random.uniform(-5, 5), random.uniform(-5, 5))).hex() for _ in range(40)])
for f, a in [(b"ab", bytearray(b"x")), (bytearray(b"ab"), bytearray(b"x")), (b"%s", bytearray(b"x")), (b"ab", {}), (b"%(k)s", {b"k": b"v"})]:
    try: print(f % a)
    except Exception as e: print(type(e).__name__, e)
for o in [b"ab", bytearray(b"ab"), range(3)]:
    for k in ["x", None, 1.5, [1], ...]:
        try: print(o[k])
        except Exception as e: print(type(e).__name__, e)
