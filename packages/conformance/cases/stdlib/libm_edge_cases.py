# math edge cases: pow/** at the over/underflow and subnormal boundaries, signed zeros, infinities, NaN; exp/log/cbrt extremes; trig of huge arguments; atan2 signs
import math
cases = [(2.0, -1074.5), (2.0, -1075.0), (0.5, 1e308), (1.0000001, 1e308), (-2.0, 1025.0), (-2.0, 3.0), (-2.0, -1075.0), (10.0, -323.5), (1e-300, 1.1), (7.0, 0.5), (-0.0, 3.0), (-0.0, -3.0), (math.inf, -2.0), (-math.inf, 3.0), (1.5, math.nan), (math.nan, 0.0)]
for x, y in cases:
    for f in (math.pow, lambda a, b: a ** b):
        try:
            r = f(x, y)
            print(repr(r), r.hex() if isinstance(r, float) else "")
        except Exception as e:
            print(type(e).__name__, e)
print(math.exp(-745.1332191019411), math.exp(709.782712893384), math.exp(-1e-20), math.log(5e-324), math.log2(5e-324), math.log10(5e-324), math.cbrt(5e-324), math.cbrt(-8.0))
print(math.sin(1e300), math.cos(-1e300), math.tan(1e300), math.atan2(5e-324, 5e-324), math.atan2(-0.0, -0.0), math.atan2(1e308, 1e-308), math.acos(-1.0), math.asin(1.0))
