# Generators, coroutines and async generators running in compiled code:
# send/throw/close at yields, yield from delegation, exceptions through
# suspended frames, and resumption after many calls (hot).
import sys


def counter(n):
    total = 0
    for i in range(n):
        got = yield i * 2
        if got is not None:
            total += got
    return total


def drive_counter():
    g = counter(3000)
    acc = 0
    v = next(g)
    try:
        while True:
            acc += v
            v = g.send(v % 7)
    except StopIteration as e:
        return acc, e.value


print("counter", drive_counter())


def catcher():
    caught = []
    while True:
        try:
            x = yield len(caught)
        except ValueError as e:
            caught.append(str(e))
            if len(caught) >= 3000:
                return caught[-1]
        except GeneratorExit:
            print("closing with", len(caught))
            raise
        else:
            caught.append(x)


g = catcher()
next(g)
for i in range(2500):
    g.throw(ValueError("v%d" % i))
print("after throws", g.send("s"))
g.close()
print("closed", g.gi_frame is None)

g = catcher()
next(g)
try:
    for i in range(3001):
        g.throw(ValueError("w%d" % i))
except StopIteration as e:
    print("stop", e.value)


def inner(n):
    for i in range(n):
        try:
            yield i
        except KeyError as e:
            yield "inner caught %s" % e
    return "inner done %d" % n


def outer():
    total = []
    for k in range(300):
        r = yield from inner(k % 5)
        total.append(r)
    return total[-3:]


res = []
g = outer()
for v in g:
    res.append(v)
print(len(res), res[:12])
try:
    list(outer())
except Exception as e:
    print("unexpected", e)
g = outer()
print(next(g), next(g), next(g))
print(g.throw(KeyError("k")))
print(next(g))


def gen_with_finally(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")


log = []
for k in range(500):
    g = gen_with_finally(log)
    for v in g:
        if v == 3:
            break
    g.close()
    if k % 2:
        list(gen_with_finally(log))
print("finally runs", len(log))


def fails_late(n):
    for i in range(n):
        yield i
    raise RuntimeError("late %d" % n)


def consume():
    count = 0
    for n in range(200):
        try:
            for _ in fails_late(n):
                count += 1
        except RuntimeError as e:
            last = str(e)
    return count, last


print("consume", consume())


def stop_inside():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_inside())
except RuntimeError as e:
    print("pep479", e, type(e.__cause__).__name__)


def gen_locals(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


g = gen_locals(5)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)


def closure_gen(n):
    acc = 0

    def add(x):
        nonlocal acc
        acc += x

    for i in range(n):
        add(i)
        yield acc


print("closure", list(closure_gen(10))[-1], sum(closure_gen(2000)))

print("genexpr", sum(x * x for x in range(5000)), max((y % 97 for y in range(3000))))


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("awaiting", self.v)
        return got


async def leaf(v):
    r = await Awaitable(v)
    return r + 1


async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        sent = req[1] * 10


print("coroutine", run(middle(2000)))


class AsyncCM:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("enter")
        await Awaitable(0)
        return self

    async def __aexit__(self, t, v, tb):
        self.log.append("exit %s" % (t.__name__ if t else None))
        return t is KeyError


async def agen(n):
    for i in range(n):
        await Awaitable(i)
        yield i * 3


async def use_async(n):
    log = []
    total = 0
    async with AsyncCM(log):
        async for v in agen(n):
            total += v
    async with AsyncCM(log):
        raise KeyError("swallowed")
    try:
        async with AsyncCM(log):
            raise ValueError("kept")
    except ValueError as e:
        log.append("caught %s" % e)
    return total, log


print("async", run(use_async(1500)))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)


print("deep", list(deep(60)))


def tb_gen():
    yield 1
    x = 1 // 0
    yield x


try:
    for _ in tb_gen():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("tb", lines)

g = counter(5)
print(next(g), g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else True)
print("done")
