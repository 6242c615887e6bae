# Generator pipelines hot enough for tier 2 resume units: filters, maps,
# windows over lists, send() values, values that change type mid-stream.

def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x


def not_multiple_of(items, k):
    for v in items:
        if v % k:
            yield v


def scaled(items):
    for v in items:
        yield (v % 1000) - 500


def windows(items, size):
    window = []
    for v in items:
        window.append(v)
        if len(window) == size:
            yield sum(window)
            del window[0]


def chunks(items, size):
    chunk = []
    for v in items:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def running_total():
    total = 0
    while True:
        v = yield total
        total += v


def run(n):
    acc = running_total()
    next(acc)
    last = 0
    count = 0
    for c in chunks(windows(scaled(not_multiple_of(numbers(n), 3)), 4), 7):
        for w in c:
            last = acc.send(w)
            count += 1
    return count, last


print(run(30000))
print(run(5))
print(sum(v * v for v in scaled(numbers(20000)) if v > 0))
print(len(list(x for x in range(20000) if x % 2 == 0)))


# Types change mid-iteration: int -> float -> str at item 1000 / 2000.
def mixed(n):
    for i in range(n):
        if i < 1000:
            yield i
        elif i < 2000:
            yield i * 0.5
        else:
            yield str(i)


def doubled(items):
    for v in items:
        yield v + v


out = list(doubled(mixed(3000)))
print(out[0], out[999], out[1000], out[1999], out[2000], out[-1], len(out))


# A local changes type between yields (int, then float, then a big int past 2**53).
def accumulate(n):
    t = 0
    for i in range(n):
        if i == 1500:
            t = t + 0.25
        if i == 2500:
            t = int(t) * 2**60
        t = t + i
        yield t


vals = list(accumulate(3000))
print(vals[10], vals[1499], vals[1500], vals[2499], vals[2500], vals[-1])


# send() with changing value types and a return value at the end.
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total = total + v


e = echo()
next(e)
for i in range(3000):
    r = e.send(i if i < 2000 else i / 4)
print(r)
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)


# A callee inlined into a generator whose own feedback saw floats (from other
# callers): int operands stay ints.
def helper(x, y):
    return x * 2 + y


for v in list(range(2000)) + [1.5, 2.5] + list(range(50)):
    helper(v, 3)
print(sum(helper(i, 1) for i in range(3000)), [helper(i, 1) for i in range(3000)][-1])
