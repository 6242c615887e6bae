# Ints of any size in hot loops: values crossing 2**53 and 2**63 both ways,
# floor division / modulo of negative bigints, compares of a number against a
# bigint, the same product computed twice in one statement, and operands
# that stop being ints (bool, float, a subclass of int, None) mid-loop.


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __mul__(self, other):
        return 7


def spigot(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def crossing(n):
    # Grows past 2**53 and 2**63, then shrinks back below by division.
    x = 3
    out = []
    for i in range(n):
        x = x * 7 + i
        if i % 20 == 19:
            out.append((x.bit_length(), x % 1000003, -x // 977, -x % 977, x // -977, x % -977))
    for i in range(n):
        x = x // 7 - 1
        if i % 20 == 19:
            out.append((x, x < 2 ** 53, x <= 2 ** 63, x == 2 ** 53 + 1, x != -x, x > -(2 ** 70), x >= x))
    return out


def mixed(vals, big):
    acc = 0
    res = []
    for v in vals:
        try:
            acc = acc + v * big - big // 3
            res.append(acc % 1000000007 if isinstance(acc, int) else acc)
            res.append(v * big < big * big)
        except TypeError as e:
            res.append("TypeError: " + str(e))
    return res


def divs(big, ds):
    out = []
    for d in ds:
        try:
            out.append((big // d, big % d, -big // d, -big % d))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    return out


d = spigot(300)
print("".join(str(x) for x in d[:40]), sum(d))
for row in crossing(120)[::7]:
    print(row)
big = 2 ** 64 + 12345
vals = [1, 2, -3, 2 ** 60, -(2 ** 70)] * 300 + [True, 2.5, MyInt(5), None, 4]
r = mixed(vals, big)
print(len(r), r[:6], r[-12:])
ds = [7, -7, 2 ** 65, -(2 ** 65) + 1] * 200 + [0, 3]
out = divs(big * big + 1, ds)
print(len(out), out[:4], out[-3:])
h = 0
for i in range(5000):
    h = (h * 1000003 + i) % 2 ** 64
    h = h ^ (h >> 13) if i % 3 == 0 else h
print(h)
