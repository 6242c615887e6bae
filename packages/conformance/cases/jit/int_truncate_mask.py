# Integer arithmetic feeding `& mask`: only the low bits matter, so tier 2
# computes it modulo 2**32; results must equal Python's unbounded ints.
def lcg(seed, n):
    x = seed
    out = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out ^= x
    return x, out


def fnv(data, n):
    h = 2166136261
    for k in range(n):
        h = ((h ^ data[k % len(data)]) * 16777619) & 0xFFFFFFFF
    return h


def mixed(n):
    acc = 0
    for i in range(n):
        a = i * 2654435761 - 7 * i * i
        acc += (a * a - 3) & 0xFFFF
        acc += (i - 1000 * i) & 255
        acc += (i * 123456789 * 987654321) & 0x80000001
    return acc


def keeps_full_value(n):
    # the product is used unmasked as well: it must stay exact (bigint)
    t = 0
    for i in range(n):
        p = i * 3037000499 * 97
        t += (p & 0xFF) + p % 1000
    return t


def mask_of_big(n):
    v = 3 ** 60
    s = 0
    for i in range(n):
        s += (v + i) & 0xFFFFFFFF
        s += (-v - i) & 0x7FFFFFFF
    return s


def negative_operands(n):
    s = 0
    for i in range(-n, n):
        s += (i * -987654321 + 5) & 0xFFFFFFF
    return s


print(lcg(42, 5000))
print(fnv(b"hello world", 5000))
print(mixed(3000))
print(keeps_full_value(3000))
print(mask_of_big(3000))
print(negative_operands(2000))
x = 12345
for _ in range(20000):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFF
print(x)
