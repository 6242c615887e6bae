# math: every public function and constant of the 3.11 module called at least once, plus the main domain/range errors
import math
one = [math.acos(0.5), math.acosh(2), math.asin(0.5), math.asinh(1), math.atan(1), math.atan2(1, -1), math.atanh(0.5), math.cbrt(27), math.ceil(2.1), math.ceil(-2.1),
       math.comb(10, 3), math.copysign(3, -0.0), math.cos(1), math.cosh(1), math.degrees(math.pi), math.dist((0, 0), (3, 4)), math.erf(0.5), math.erfc(0.5),
       math.exp(2), math.exp2(10), math.expm1(1e-10), math.fabs(-2), math.factorial(20), math.floor(-2.5), math.fmod(-7, 3), math.frexp(12.0), math.fsum([0.1] * 10),
       math.gamma(5.5), math.gcd(12, 18, 27), math.gcd(), math.hypot(3, 4, 12), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, abs_tol=0.2), math.isfinite(1e308),
       math.isinf(-math.inf), math.isnan(math.nan), math.isqrt(10 ** 20 + 1), math.lcm(4, 6, 10), math.lcm(), math.ldexp(0.75, 4), math.lgamma(10.5), math.log(100, 10),
       math.log(math.e), math.log10(1e-5), math.log1p(1e-12), math.log2(1024), math.modf(-3.25), math.nextafter(1.0, 2.0), math.perm(5, 2), math.perm(5),
       math.pow(2, 0.5), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.radians(180), math.remainder(10, 3), math.sin(1), math.sinh(1), math.sqrt(2),
       math.tan(1), math.tanh(1), math.trunc(-2.7), math.ulp(1.0), math.ulp(0.0), math.pi, math.e, math.tau, math.inf, math.nan]
print(len(one)); print(one)
print(math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 300), math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.factorial(30), math.comb(100, 50), math.isqrt(2 ** 200))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.hypot(), math.dist([1], [1]), math.gcd(-12, 0), math.copysign(1, math.nan) if False else math.copysign(2, -1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.exp(1000), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.fmod(1, 0), lambda: math.gamma(0), lambda: math.ldexp(1, 10000),
            lambda: math.pow(0, -1), lambda: math.dist((1,), (1, 2)), lambda: math.sqrt("x"), lambda: math.log(1, 1), lambda: math.perm(3, -1), lambda: math.remainder(1, 0), lambda: math.trunc("x")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
