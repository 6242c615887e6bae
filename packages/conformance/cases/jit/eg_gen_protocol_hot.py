# Generators driven from hot compiled loops: send/throw/close, the return
# value through StopIteration.value and `yield from`, "already executing",
# exhausted generators, finally blocks on close, PEP 479.
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            avg = -1 if e.args[0] == "reset" else avg
            total = n = 0
            continue
        if v is None:
            return (n, total)
        total += v
        n += 1
        avg = total / n


def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)


def counted(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(("closed", n))


def selfref():
    g = yield
    yield next(g)


def run(k):
    results = []
    d = delegate(results)
    next(d)
    out = []
    for i in range(k):
        out.append(d.send(i))
        if i % 10 == 9:
            out.append(d.throw(ValueError("reset")))
        if i % 25 == 24:
            d.send(None)
    d.close()
    return out[-3:], results[-2:], len(results)


def stop_value(n):
    def g():
        yield 1
        return n * 2
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return e.value


def closing(m):
    log = []
    s = 0
    for j in range(m):
        g = counted(j % 5 + 1, log)
        for x in g:
            s += x
            if x == 2:
                g.close()
    return s, log[-3:], len(log)


def pep479(n):
    def bad():
        yield 1
        raise StopIteration(n)
    try:
        return list(bad())
    except RuntimeError as e:
        return str(e), e.__cause__.value


print(run(300))
print(sum(stop_value(i) for i in range(200)))
print(closing(300))
print([pep479(i) for i in range(3)])
g = selfref()
next(g)
try:
    g.send(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"), list(g))
a = averager()
next(a)
a.close()
print(next(a, "after close"))
try:
    a.send(1)
except StopIteration as e:
    print("StopIteration", e.value)
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(gen))
print(sum(x for x in range(1000) if x % 3), max(y for y in range(50)), any(z > 48 for z in range(50)), all(z < 49 for z in range(50)), ",".join(str(i) for i in range(5)))
