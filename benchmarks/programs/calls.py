# calls: closures and the calling convention — positional, keyword and
# default arguments, *args and **kwargs packing and unpacking, bound
# methods, lambdas and nested closures with nonlocal state.
# bench-short: N=20000

N = 200000


def make_counter(step):
    count = 0

    def bump(times=1):
        nonlocal count
        count += step * times
        return count

    return bump


def combine(a, b, c=3, *rest, scale=1, **options):
    total = a + b + c + sum(rest)
    if options:
        total += len(options) + options.get("bonus", 0)
    return total * scale


def forward(*args, **kwargs):
    return combine(*args, **kwargs)


def kwonly(x, *, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


def compose(f, g):
    return lambda x: f(g(x))


class Acc:
    def __init__(self, start):
        self.value = start

    def add(self, v, times=1):
        self.value += v * times
        return self


inc = lambda v: v + 1
dbl = lambda v: v * 2
inc_then_dbl = compose(dbl, inc)
counter = make_counter(3)
acc = Acc(0)
add = acc.add
total = 0
for i in range(N):
    total += combine(i, 1)
    total += combine(1, 2, 3, 4, 5, scale=2)
    total += combine(a=i, b=2, c=1, bonus=5)
    total += forward(i, 2, *(1, 2), scale=3, **{"bonus": 1})
    total += kwonly(i % 150, hi=120) + kwonly(x=-i, lo=-5)
    total += inc_then_dbl(i) + counter() + counter(times=2)
    add(i % 7, times=2)
    total %= 1000000007
print(total, counter(0), acc.value)
