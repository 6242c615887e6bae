# Bitwise and/or/xor of ints past 32 bits (numbers up to 2**53 and big ints),
# both signs, masks, and LCG-style `(x * C + D) & M` chains.
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**32 - 1, 2**32, -2**32, 2**32 + 1,
        2**52, -2**52, 2**53 - 1, -(2**53 - 1), 2**53, -2**53, 2**64 - 1, -(2**70) + 3,
        12345678901234567890123, 0x5DEECE66D, -0x5DEECE66D, 1 << 40, -(1 << 47) + 5]
acc = 0
for a in vals:
    for b in vals:
        r = (a & b, a | b, a ^ b)
        acc = (acc * 31 + hash(r)) % 1000000007
        if abs(a) < 2**40 and abs(b) < 2**40:
            print(a, b, r)
print(acc)
print(-(2**53 - 1) & -(2**53 - 2), type((2**53 - 1) ^ -1).__name__, (2**53 - 1) ^ -1)
x = 12345
s = 0
for i in range(20000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    s ^= x
    y = (x * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
    s = (s + (y >> 16)) & 0xFFFFFFFFFFFF
    s |= (i * 3000017) & 0xFF00000000
    s ^= -i * 7000003 & 0xFFFFFFFFFF
print(x, s)
h = 0
for ch in "the quick brown fox jumps over the lazy dog" * 50:
    h = (h * 1000003) ^ ord(ch)
    h &= 0xFFFFFFFFFFFFFFFF
print(h, h & -4096, ~h & 0xFFFFFFFFFF, -h | 0x10000, -h ^ 0x3FFFFFFFFFF)
