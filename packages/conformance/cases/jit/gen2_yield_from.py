# `yield from` at tier 2 (Send/SendReturned): delegation to lists, ranges,
# generators with return values, send() passed through, iterators defining
# only __next__, a delegate raising, and throw()/close() reaching the
# delegate of a compiled generator.


def flatten(lists):
    for lst in lists:
        yield from lst


def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def outer(rounds, n):
    results = []
    for _ in range(rounds):
        r = yield from inner(n)
        results.append(r)
    return results


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n


def delegate_custom(k):
    for j in range(k):
        r = yield from Countdown(3)
        yield r


chunks = [[i, i + 1, i + 2] for i in range(0, 6000, 3)] + [range(5), (7, 8), "ab", []]
print(sum(1 for _ in flatten(chunks)), list(flatten([[1, 2], (3,), range(4, 6)])))

g = outer(400, 10)
got = []
v = next(g)
try:
    while True:
        got.append(v)
        v = g.send(v * 2 if v % 3 == 0 else None)
except StopIteration as e:
    print(len(got), sum(got), e.value[:3], len(e.value))

print(sum(1 for x in delegate_custom(1000) if x == "countdown done"))


def failing_inner(n):
    for i in range(n):
        if i == 2500:
            raise ValueError("inner failed at %d" % i)
        yield i


def wrapper(n):
    yield from failing_inner(n)


try:
    for x in wrapper(5000):
        pass
except ValueError as e:
    print("caught", e)

w = outer(10**6, 10)
for _ in range(3000):
    next(w)
try:
    w.throw(KeyError("thrown"))
except KeyError as e:
    print("throw reached the delegate:", e)
w = outer(10**6, 10)
for _ in range(3000):
    next(w)
w.close()
print("closed", w.gi_frame, w.gi_yieldfrom if hasattr(w, "gi_yieldfrom") else None)


def bad():
    yield from 5


try:
    next(bad())
except TypeError as e:
    print("TypeError", e)


def trace_me(n):
    yield from failing_inner(n)


sum(trace_me(4000))
