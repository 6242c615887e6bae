# float: shortest round-trip repr, is_integer, as_integer_ratio, hex/fromhex, special values, conversions
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e-7, 5e-324,
        1.7976931348623157e308, 100.0, -0.0, 2.5, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v), v.is_integer())
for v in [0.5, 0.1, -2.75, 3.0, 1e-3, 2.0 ** 60]:
    print(v, v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -inf < 0 < inf, nan != nan, repr(-nan))
for bad in [lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio(), lambda: int(inf)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float(2 ** 53 + 1), float(10 ** 20), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print((0.1).real, (0.1).imag, (2.5).conjugate(), float.__name__, (-7.5) // 2, (-7.5) % 2, 7.5 // -2)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1234.5678, -2), round(5.0, 1))
print(3.0 == 3, 0.1 * 3, 1.1 + 2.2, 1e-10 + 1, 4.35 * 100, 1 / 7 * 7, 2 ** 0.5, (-8) ** (1 / 3))
print(divmod(7.5, 2), divmod(-7.5, 2), pow(2.0, -1), abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0))
print(sum([0.1] * 10), 0.1 * 10, float(True), float("  3.25  "), int(2.9999999999999999), int(-0.9))
print(f"{1e100:.3e} {1/3:.20f} {2.5:.0f} {3.5:.0f} {1.005:.2f}")
