# Generators resumed from hot compiled loops: for-loops, next(), send(),
# throw(), close(), return values (StopIteration.value), yield from,
# generators raising mid-iteration, finalization (finally on close), and
# generator expressions consumed by builtins.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done %d" % n


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def accumulate():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            total = -len(str(e))
            continue
        if v is None:
            return total
        total += v


def delegate(n):
    r = yield from count(n)
    yield r
    return len(r)


def raiser(n, at):
    for i in range(n):
        if i == at:
            raise KeyError(i)
        yield i


log = []


def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed %d" % n)


def stop_inside():
    yield 1
    raise StopIteration("inner")


s = 0
for rep in range(300):
    for v in evens(count(20)):
        s += v
    g = count(3)
    s += next(g) + next(g) + next(g)
    try:
        next(g)
    except StopIteration as e:
        last = e.value
    a = accumulate()
    next(a)
    for k in range(5):
        s += a.send(k)
    s += a.throw(ValueError("abc"))
    try:
        a.send(None)
    except StopIteration as e:
        s += e.value
    d = list(delegate(4))
    s += len(d)
    try:
        for v in raiser(10, rep % 10):
            s += v
    except KeyError as e:
        s += e.args[0]
    w = with_finally(5)
    s += next(w) + next(w)
    w.close()
    w.close()
    try:
        for v in stop_inside():
            s += v
    except RuntimeError as e:
        rt = (str(e), str(e.__cause__))
    s += sum(x * x for x in range(10) if x % 3)
    s += len("".join(str(x) for x in range(5)))
print(s, last, d, rt)
print(len(log), log[:2])

# throw() into a generator delegating with yield from; close() of a delegate.
def inner():
    try:
        yield 1
        yield 2
    except IndexError:
        yield "caught"
    finally:
        log.append("inner finally")


def outer():
    r = yield from inner()
    yield ("after", r)


res = []
for rep in range(200):
    o = outer()
    res.append(next(o))
    res.append(o.throw(IndexError))
    res.append(next(o))
    o2 = outer()
    next(o2)
    o2.close()
print(res[:3], len(res), log.count("inner finally"))

# A generator that ignores GeneratorExit; gi_running / gi_suspended; re-entry.
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2


st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def states():
    yield g2.gi_running
g2 = states()
print(g2.gi_suspended, next(g2), g2.gi_suspended)

# Exhausted and unstarted sends.
g3 = count(1)
try:
    g3.send(5)
except TypeError as e:
    print("TypeError:", e)
print(list(g3), list(g3))

# Deep pipelines of generators in a hot loop.
def stage(src, k):
    for v in src:
        yield v + k


total = 0
for rep in range(50):
    p = count(30)
    for k in range(6):
        p = stage(p, k)
    total += sum(p)
print(total)
# An exception escapes a generator uncaught at the end.
def bad():
    yield 1
    yield 1 // 0


for rep in range(200):
    for v in bad() if rep == 199 else count(2):
        pass
