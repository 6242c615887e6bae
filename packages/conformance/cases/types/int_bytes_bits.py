# int methods: bit_length, bit_count, to_bytes/from_bytes (byteorder, signed, errors), as_integer_ratio, conjugate
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 100) + 1, 12345678901234567890]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 70).to_bytes(9, "big"), (0).to_bytes(0, "big"), (5).to_bytes())
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    try:
        n, length, order, *signed = args
        n.to_bytes(length, order, signed=bool(signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
big = 3 ** 100
print(int.from_bytes(big.to_bytes(20, "little"), "little") == big)
print((7).conjugate(), abs(-7), (10).__index__(), int.__floordiv__(7, 2), (5).__rsub__(3))
print(True.bit_length(), (255).to_bytes(1, "big")[0], int(True), True + 1)
print(divmod(-(2 ** 70), 3), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), pow(-2, 3), pow(2, -2))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(format(2 ** 64, "x"), format(-255, "#x"), format(255, "b"), format(10 ** 20, ","), format(-(10 ** 20), "_"))
print(int.__name__, isinstance(True, int), type(10 ** 30).__name__, (10 ** 30).__sizeof__() > 0)
x = 0
for i in range(64):
    x |= 1 << i
print(x, x == 2 ** 64 - 1, x >> 60, x & 0xF0F0, x ^ (x >> 1), ~x, -x >> 3, -x << 2)
print(1 << 200 >> 199, (-5) >> 1, (-5) // 2, 5 >> 10, -5 >> 10)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
