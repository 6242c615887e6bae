# Integer shifts in hot loops: counts past 31 and 52, negative operands,
# results past 2**53 (bigint), and a negative count raising mid-loop.


def shifts(n):
    acc = 0
    x = 0xD008
    for i in range(n):
        x = (x >> 1) ^ 0xD008 if x & 1 else x >> 1
        acc += x >> (i % 40)
        acc += (i - 500) >> (i % 7)
        acc += (i % 13) << (i % 60)
        acc ^= -i >> 3
    return acc, x


print(shifts(1000))
print(shifts(3000))


def big(n):
    v = 1
    out = []
    for i in range(n):
        v = v << 1
        if i % 10 == 0:
            out.append(v >> (i // 2))
    return out[-3:], v.bit_length()


print(big(200))


def neg(counts):
    t = 0
    for c in counts:
        t += 1024 >> c
        t += 3 << c
    return t


print(neg(list(range(20)) * 100))
try:
    print(neg([1, 2, 3] * 500 + [-1]))
except ValueError as e:
    print("ValueError", e)
try:
    print(neg([1, 2, 3] * 500 + [2.0]))
except TypeError as e:
    print("TypeError", e)
