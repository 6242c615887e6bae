# Exact-int arithmetic that overflows 2**53 and comes back: LCG steps, masks of
# big and negative big ints (both operand orders, masks around 2**31/2**32),
# in-place forms, and mixed int/bool/bigint operands.
x = 42
acc = 0
for _ in range(2000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    acc = (acc * 31 + x) % 1000000007
print(x, acc)

vals = [0, 1, -1, 2**53, -2**53, 2**53 + 1, -(2**53) - 1, 2**64 - 1, -(2**64), 3**50, -(3**50), 2**31, -(2**31) - 7]
masks = [0, 1, 255, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 2**32, 2**53 - 1, -1, -256]
for v in vals:
    print(v, [v & m for m in masks], [m & v for m in masks])
    print([v | m for m in masks[:6]], [v ^ m for m in masks[:6]])

y = 2**60
y &= 0xFFFF
print(y)
z = 3**40
z *= 3**5
z += 1
z &= 0xFFFFFFFF
print(z)
w = 9007199254740991
w += 1
print(w, type(w).__name__, w - 1, w * 2, w // 3, w % 1000, w >> 3, w << 3, -w, w ** 2)
print(True * 2**60, 2**60 & True, (2**60 + 1) & True, 7 * 2**55 + False)
