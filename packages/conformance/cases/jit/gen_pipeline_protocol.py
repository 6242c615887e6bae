# Generators in hot loops: close()/throw() mid-loop, send() values, yield from
# with return values, PEP 479, list deletion at both ends inside a window
# generator, and generator expressions consumed by builtins.


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x


def windows(items, size):
    window = []
    for v in items:
        window.append(v)
        if len(window) == size:
            yield sum(window)
            del window[0]


def tail_windows(items, size):
    window = []
    for v in items:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            del window[-1]
            del window[len(window) // 2]


def running_total():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


def delegate(n):
    got = yield from running_total()
    yield ("done", got)
    return got * 2


def flatten(lists):
    for lst in lists:
        r = yield from lst
    return r


def closing(log):
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")


def catching():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            n += 100
            yield ("caught", str(e))
        n += 1


def stopper(k):
    for i in range(k):
        yield i
    raise StopIteration("leak")


print(sum(windows(numbers(3000), 4)) % 1000003)
print([w for w in tail_windows(range(12), 4)])

acc = running_total()
next(acc)
last = 0
for i in range(2000):
    last = acc.send(i)
print(last)
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)

d = delegate(5)
next(d)
for i in range(500):
    d.send(i)
print(d.send(None))
try:
    next(d)
except StopIteration as e:
    print("delegate returned", e.value)

print(list(flatten([[1, 2], (3,), range(4, 6), ""])))

log = []
for rep in range(300):
    g = closing(log)
    for v in g:
        if v == rep % 7:
            break
    g.close()
print(len(log), log[:4])

c = catching()
seen = []
for i in range(400):
    v = next(c)
    if i % 50 == 49:
        seen.append(c.throw(ValueError(f"at {i}")))
print(seen[:3], next(c))

for k in range(3):
    total = 0
    try:
        for v in stopper(200 + k):
            total += v
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__, total)

g = numbers(10)
print(next(g), g.gi_running, g.gi_frame is not None)
g.close()
print(g.gi_frame, list(g))
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("thrown into closed:", repr(e))

print(max(v % 1000 for v in numbers(5000)), min((v % 997 for v in numbers(5000)), default=None))
print(sorted(set(v % 7 for v in numbers(1000))), any(v == 48271 for v in numbers(3)))
