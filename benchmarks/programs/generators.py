# generators: a lazy pipeline of generator functions and generator
# expressions — a source, filters, a mapping stage, a sliding window, a
# `yield from` flattener and a generator driven with send(). Frame
# suspension and resumption on every item.
# bench-short: N=90000

N = 900000


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


def flatten(lists):
    for lst in lists:
        yield from lst


def running_total():
    total = 0
    while True:
        v = yield total
        total += v


pipeline = windows(scaled(not_multiple_of(numbers(N), 3)), 4)
acc = running_total()
next(acc)
last = 0
count = 0
for w in flatten(chunks(pipeline, 7)):
    last = acc.send(w)
    count += 1
squares = sum(v * v for v in scaled(numbers(N // 10)) if v > 0)
evens = list(x for x in range(N // 10) if x % 2 == 0)
print(count, last, squares, len(evens))
