# Compiled generators whose assumptions break while they are suspended or
# mid-stream: a global rebound, a builtin shadowed, a method patched on a
# class, an attribute shape change, and int overflow past 2**53 in a local.
import builtins

SCALE = 2


def scaled_gen(n):
    for i in range(n):
        yield i * SCALE


out = []
for v in scaled_gen(6000):
    out.append(v)
    if len(out) == 3000:
        SCALE = 3
print(sum(out), out[2999], out[3000], out[-1])


def lengths(items):
    for x in items:
        yield len(x)


data = [[1] * (i % 5) for i in range(6000)]
orig_len = len
res = []
for k, n in enumerate(lengths(data)):
    res.append(n)
    if k == 3000:
        builtins.len = lambda x: -1
    if k == 4000:
        builtins.len = orig_len
print(sum(res), res[2999:3003], res[4000:4003])


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x * 2


def norms(points):
    for p in points:
        yield p.norm()


pts = [Point(i) for i in range(6000)]
acc = []
for k, n in enumerate(norms(pts)):
    acc.append(n)
    if k == 2500:
        Point.norm = lambda self: -self.x
    if k == 4000:
        pts[4500].y = 1
        pts[4600].__dict__.clear()
        pts[4600].x = 2.5
print(sum(x for x in acc if isinstance(x, int)), acc[2500:2503], acc[4500], acc[4600])


def growing():
    v = 1
    while True:
        v = v * 3 + 1
        yield v


g = growing()
vals = [next(g) for _ in range(60)]
print(vals[30], vals[33], vals[34], vals[-1])
