# math module: number theory, rounding, powers/logs, trigonometry, special functions, constants, errors
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.0)).__name__, math.ceil(1e20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.isqrt(99), math.isqrt(10 ** 30), math.sqrt(2), math.sqrt(16), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.pow(2, 10), math.pow(2, -1), math.exp(1), math.exp(0), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 10), math.atan2(1, 1))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(0.5))
print(math.asinh(1), math.acosh(1), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fabs(-3), math.copysign(3, -0.0))
print(math.fmod(7, -3), 7 % -3, math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.gamma(0.5) ** 2)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ceil(-0.5), math.floor(-0.0), math.trunc(1e300) > 0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.exp(1000), lambda: math.comb(-1, 2),
            lambda: math.floor("x"), lambda: math.log(0), lambda: math.pow(0, -1), lambda: math.gcd(1.5)]:
    try:
        print("no error:", bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 30 + 0.5) == 10 ** 30, math.sqrt(10 ** 30), math.log(10 ** 400) / math.log(10))
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
