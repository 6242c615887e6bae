# Float list elements that change kind mid-loop: int, str, float subclass,
# a subclass overriding __sub__/__mul__, nan/inf/-0.0; results as CPython's.
class F(float):
    pass


class G(float):
    def __sub__(self, other):
        return G(float(self) - float(other) - 100.0)

    def __mul__(self, other):
        return G(float(self) * 2)


def step(a, b):
    d = a[0] - b[0]
    e = a[1] * b[1]
    a[2] += d * e
    return d, e, a[2]


def run(n, swap_at, value):
    a = [1.5, 2.25, 0.0]
    b = [0.5, 4.0, 0.0]
    out = []
    for i in range(n):
        if i == swap_at:
            a[0] = value
            a[1] = value
        try:
            out.append(step(a, b))
        except TypeError as exc:
            out.append(("TypeError", str(exc)))
            a = [1.5, 2.25, 0.0]
    return out


for value in (3, 2**60, "s", F(1.25), G(0.5), float("nan"), float("inf"), -0.0, True, None):
    res = run(3000, 2500, value)
    print(repr(value), res[2499], res[2500], res[-1], len(res))

# -0.0 and nan through unboxed arithmetic
xs = [0.0, -0.0, 1e308, -1e308]
acc = []
for i in range(2000):
    x = xs[i % 4]
    y = x * -1.0
    z = x * 10.0
    acc.append((y, z, x - x))
print(acc[-4:], acc[1])
print([str(v) for v in acc[-2]])
