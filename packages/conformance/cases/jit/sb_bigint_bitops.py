# Bit operations on ints that outgrow 2**53 in hot code: an LCG whose
# product overflows before the mask, 64-bit hashes (xor, shifts, masks),
# or/xor of big and negative values, and a shift count that turns negative
# or huge mid-loop.


class Gen:
    def __init__(self, seed):
        self.state = seed

    def rand(self, k):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % k


def fnv(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = h ^ b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def mix(n):
    out = []
    x = 0x9E3779B97F4A7C15
    for i in range(n):
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9 & (2 ** 64 - 1)
        x = x ^ (x >> 27) | (i & 7)
        y = -x ^ (x >> 3) | -(2 ** 70)
        if i % 50 == 0:
            out.append((x, y, x & -x, y & 0xFFFF, (y >> 65), x | (1 << 80)))
    return out


def shifts(v, counts):
    out = []
    for c in counts:
        try:
            out.append(v >> c)
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


g = Gen(42)
print([g.rand(1000) for _ in range(3000)][-10:])
print(fnv(bytes(range(256)) * 20))
for row in mix(400)[::2]:
    print(row)
print(shifts(2 ** 100 + 7, [1, 3, 64, 99, 100, 101, 2 ** 70] * 100 + [-1, 5])[-4:])
print(shifts(-(2 ** 100) - 7, [1, 3, 64, 99, 100, 101, 2 ** 70] * 100)[-7:])
