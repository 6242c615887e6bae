# `del obj[key]` inside hot generators at tier 2 (DelItem): lists, dicts, a
# class with __delitem__, and an IndexError raised by a del mid-stream.


class Recorder:
    def __init__(self):
        self.log = []

    def __delitem__(self, k):
        self.log.append(k)


def windows(items, size):
    window = []
    for v in items:
        window.append(v)
        if len(window) == size:
            yield sum(window)
            del window[0]


def drain(n, target):
    d = {i: i * i for i in range(n)}
    for i in range(n):
        del d[i]
        del target[i % 7]
        yield len(d)


print(sum(windows(range(5000), 4)), list(windows([1, 2, 3, 4, 5], 2)))
rec = Recorder()
print(sum(drain(3000, rec)), len(rec.log), rec.log[:9])


def shrinking(items):
    for v in items:
        del items[-1]
        yield v


def main():
    data = list(range(4000))
    total = 0
    for v in shrinking(data):
        total += v
    print("total", total, len(data))
    bad = [[0] * 3 for _ in range(3000)]
    for k, row in enumerate(bad):
        if k != 2500:
            row.append(k)
    gen = (row for row in bad)
    for row in gen:
        del row[3 if len(row) == 4 else 5]


main()
