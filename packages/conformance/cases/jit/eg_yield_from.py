# `yield from` over native iterators (list, range, tuple, str, dict views,
# map/zip/enumerate), over generators and over Python iterator classes, in
# hot compiled generators; StopIteration raised inside a map() callable ends
# the delegation with its value.


def flat(parts):
    for p in parts:
        r = yield from p
        if r is not None:
            yield ("ret", r)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("cd-done")
        self.n -= 1
        return self.n


def stopper(x):
    if x == 2:
        raise StopIteration("from map")
    return x * 10


def gen3():
    yield "g"
    return "gen-ret"


total = 0
seen = []
for rep in range(300):
    parts = [[1, 2], range(3), (4,), "ab", {"k": 1}.keys(), map(str, [5]), zip([1], [2]),
             enumerate("x"), Countdown(2), map(stopper, [0, 1, 2, 3]), gen3(), iter([])]
    out = list(flat(parts))
    total += len(out)
    if rep == 0:
        seen = out
print(total)
print(seen)


def sender():
    got = []
    x = yield from receiver(got)
    return x, got


def receiver(got):
    while True:
        v = yield len(got)
        if v is None:
            return "stopped"
        got.append(v)


for rep in range(200):
    s = sender()
    next(s)
    for k in range(3):
        s.send(k)
    try:
        s.send(None)
    except StopIteration as e:
        res = e.value
print(res)


def bad_yield_from():
    yield from 5


try:
    list(bad_yield_from())
except TypeError as e:
    print("TypeError:", e)


def send_to_list():
    yield from [1, 2, 3]


g = send_to_list()
next(g)
try:
    g.send(7)
except AttributeError as e:
    print("AttributeError:", e)
