# f(*args, **kwargs) in hot loops: tuples, lists, iterators, forwarding wrappers,
# bound methods, builtins and classes as callees, and the exact TypeErrors.


def combine(a, b, c=3, *rest, scale=1, **options):
    return (a + b + c + sum(rest) + len(options) + options.get("bonus", 0)) * scale


def forward(*args, **kwargs):
    return combine(*args, **kwargs)


def forward_pos(*args):
    return combine(*args)


class Acc:
    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step

    def add(self, v, times=1):
        self.value += v * times * self.step
        return self.value


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Mapping:
    def keys(self):
        return ["bonus", "scale"]

    def __getitem__(self, k):
        return {"bonus": 4, "scale": 2}[k]


class SubDict(dict):
    pass


def gen(n):
    yield from range(n)


def run(n):
    t = 0
    acc = Acc(*(1,), **{"step": 2})
    for i in range(n):
        t += forward(i, 2, *(1, 2), scale=3, **{"bonus": 1})
        t += forward_pos(*[i, 1])
        t += forward(*gen(3))
        t += forward(i, 1, **Mapping()) + forward(i, **SubDict(b=1, c=2))
        t += forward(
            i,
            **{"b": 3},
        )
        t += combine(*(i, 2), **{"c": 5})
        t += acc.add(*(i % 7,), **{"times": 2})
        t += max(*(i, 3, 9))
        p = Point(*(i,), **{"y": 2})
        t += p.x + p.y
        t %= 1000000007
    return t, acc.value


print(run(500))


def errors(n):
    seen = []
    for i in range(n):
        try:
            k = i % 6
            if k == 0:
                forward(*1)
            elif k == 1:
                forward(**{1: 2})
            elif k == 2:
                forward(1, 2, **[("a", 1)])
            elif k == 3:
                forward(1, **{"b": 2}, **{"b": 3})
            elif k == 4:
                combine(*(1, 2), **{"a": 1})
            else:
                combine(**{"b": 1})
        except TypeError as e:
            if i < 12:
                seen.append(str(e))
    return seen


for m in errors(240):
    print(m)


def patched(n):
    t = 0
    f = forward
    for i in range(n):
        t += f(i, 1, scale=2)
        if i == n // 2:
            combine.__kwdefaults__ = {"scale": 10}
            f = lambda *a, **k: sum(a) + sum(k.values())
    return t


print(patched(400))

# Module level: a bound method in a variable, its function's defaults replaced mid-loop.
acc = Acc(0)
add = acc.add
total = 0
for i in range(2000):
    total += add(i % 7, times=2) + add(i) + acc.add(1, times=3)
    if i == 1000:
        Acc.add.__defaults__ = (5,)
    if i == 1200:
        Acc.add = lambda self, v, times=1: -v * times
    if i == 1500:
        add = Acc(100).add
print(total, acc.value)
