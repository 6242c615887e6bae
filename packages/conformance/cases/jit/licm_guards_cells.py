# Guards and closure-cell loads hoisted out of loops that run no Python
# code: they are checked once at the loop's entry, and the loop's behaviour
# stays CPython's when what they checked differs between entries.

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False

    def count():
        return sum(1 for f in flags if f)

    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return count(), [k for k in range(60) if flags[k]]

print(sieve(20000))


# The cell holds a list on one entry, a tuple (item assignment raises) on another.
def fill(kind, n, out):
    box = list(range(n)) if kind == "list" else tuple(range(n))

    def peek():
        return box[0], box[-1]

    out.append(peek)
    for j in range(n):
        box[j] = j * 2
    return peek()

for kind in ["list", "list", "tuple", "list"]:
    seen = []
    try:
        print(kind, fill(kind, 3000, seen))
    except TypeError as e:
        print(kind, "TypeError:", e, seen[0]())


# A cell that is empty when the loop starts: NameError from inside the loop.
def late(n, fail):
    def reader():
        return data
    total = 0
    if fail:
        for j in range(n):
            total += len(data)
    data = [1, 2, 3]
    for j in range(n):
        total += len(data)
    return total, reader()

for fail in [False, True, False]:
    try:
        print(late(500, fail))
    except NameError as e:
        print("NameError:", e)


# An invariant value whose type differs between loop entries (int, float, then a str: TypeError).
def scale(xs, k):
    acc = 0
    for x in xs:
        acc += x * k
    return acc

for k in [3, 2.5, 7, "ab"]:
    try:
        print(scale(list(range(2000)), k))
    except TypeError as e:
        print("TypeError:", e)


# A loop that rebinds the cell (no hoisting) and one that appends to the list it reads.
def grow(n):
    items = [0]

    def last():
        return items[-1]

    for j in range(n):
        items.append(items[-1] + j)
    for j in range(3):
        items = items[: len(items) // 2]
    return len(items), last()

print(grow(4000))


# A type check that only runs on some iterations stays inside the loop.
def some(xs):
    hits = 0
    for j in range(len(xs)):
        if j % 1000 == 999:
            hits += xs[j]
    return hits

print(some(list(range(5000))), some([1.5] * 5000))
