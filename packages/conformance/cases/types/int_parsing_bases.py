# int(s, base) parsing: prefixes, base 0, underscores, whitespace, signs, errors with CPython messages
cases = [("42", 10), ("  -17  ", 10), ("+8", 10), ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0),
         ("0b101", 0), ("17", 8), ("z", 36), ("ZZ", 36), ("1_000", 10), ("0_0", 0), ("10", 2), ("-0b11", 0),
         ("\t12\n", 10), ("٣", 10), ("0", 0), ("00", 0), ("1010", 2), ("777", 8), ("-abc", 16), ("0X1F", 16)]
for s, b in cases:
    print(repr(s), b, "->", int(s, b))
bad = [("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10),
       ("abc", 10), ("12", 1), ("12", 37), (" ", 10), ("+-1", 10), ("0b2", 0)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
for v in [3.99, -3.99, 1e20, True, "  7 ", b"12", bytearray(b"-3")]:
    print(repr(v), "->", int(v))
for v in [float("inf"), float("nan"), None, [1], 1j]:
    try:
        int(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(), int("-0"), int("0" * 50 + "1"), int("9" * 40) + 1)
print(bin(37), oct(37), hex(37), bin(-37), oct(-8), hex(-255), hex(0))
print(int(bin(12345), 0), int(oct(12345), 0), int(hex(12345), 0))
class WithInt:
    def __int__(self): return 9
class WithIndex:
    def __index__(self): return 11
class WithTrunc:
    def __trunc__(self): return 13
print(int(WithInt()), int(WithIndex()), int(WithTrunc()))
try:
    int("12", WithIndex()) if False else int("z", 35)
except ValueError as e:
    print("ValueError:", e)
print(int("10", base=WithIndex()))
print(str(10 ** 50), len(str(2 ** 1000)), repr(-(10 ** 25)))
print(float("1_000.5"), float("  -2.5e3 "), float("inf"), float("-Infinity"), float("nan"))
for s in ["1e", "abc", "1.2.3", ""]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
