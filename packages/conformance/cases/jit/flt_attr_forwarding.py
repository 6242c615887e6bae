# Repeated attribute / list-item reads in hot code see every write made in
# between: through an alias, through a call, through a list alias.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def mix(a, b):
    first = a.x
    b.x = a.x + 1.5          # b may be a
    second = a.x
    b.y = b.y * 0.5
    return first, second, a.x * a.x, a.y


def bump(o):
    o.x += 10.0


def with_call(a):
    r = a.x
    bump(a)
    return r, a.x, a.x + r


def items(l, m, i):
    p = l[i]
    m[i] = l[i] * 2.0        # m may be l
    q = l[i]
    l[i] = 0.25
    return p, q, l[i], m[i]


out = []
for k in range(3000):
    v = V(k * 0.5, 2.0)
    w = V(1.0, 4.0)
    out.append(mix(v, v if k % 3 == 0 else w))
    out.append(with_call(v))
    l = [k * 1.0, 2.0]
    out.append(items(l, l if k % 2 else [9.0, 9.0], 0))
print(out[:6])
print(out[-6:])
print(sum(t[0] + t[1] for t in out))
