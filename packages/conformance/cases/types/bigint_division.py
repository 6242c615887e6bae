# Floor division, modulo and divmod of big ints: every sign combination,
# short quotients of huge operands (the estimated-quotient path), exact
# multiples, quotients near the estimate's boundaries, and bit_length.


def check(x, y):
    q, r = divmod(x, y)
    assert q == x // y and r == x % y, (x, y)
    assert q * y + r == x
    assert r == 0 or (r < 0) == (y < 0)
    return q, r


def digest(v):
    return (v.bit_length(), v % 1000000007, v < 0)


big = 3 ** 9000 + 12345
other = 7 ** 5000 - 1
for x, y in [
    (big * 9 + 5, big),
    (big * 9, big),
    (big * 9 - 1, big),
    (big, big),
    (big - 1, big),
    (big * (2 ** 39 + 3) + other, big),
    (big * (2 ** 41 + 3) + other, big),
    (big ** 2 + 17, big),
    (other * 3, big),
    (big << 64, (big << 1) + 1),
    ((1 << 20000) - 1, 1 << 19990),
    (1 << 20000, (1 << 19990) - 1),
    (big * 123456789123, 2 ** 64 - 59),
]:
    for sx in (1, -1):
        for sy in (1, -1):
            q, r = check(sx * x, sy * y)
            print(digest(q), digest(r))

# Quotient bounds straddling an integer: y * k - 1, y * k, y * k + 1.
y = (1 << 9000) - (1 << 4500) + 1
for k in (1, 2, 10, 12345, 2 ** 40 - 1):
    for d in (-1, 0, 1):
        q, r = check(y * k + d, y)
        print(k, d, q - k, r % 1000)

for v in [0, 1, -1, 2 ** 52 - 1, 2 ** 52, 2 ** 53 - 1, 2 ** 53, 2 ** 1023 - 1, 2 ** 1023, 2 ** 1024 - 1,
          2 ** 1024, -(2 ** 1024), 2 ** 5000 - 1, 2 ** 5000, big, -big]:
    print(v.bit_length(), end=" ")
print()

# The pidigits spigot (big // big with one-digit quotients).
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


d = pi_digits(600)
print("".join(map(str, d[:30])), "".join(map(str, d[-30:])), sum(d))
try:
    big // 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(big, 0)
except ZeroDivisionError as e:
    print(e)
try:
    big % 0
except ZeroDivisionError as e:
    print(e)
