# Generators driven past tier 2's resume threshold, then closed, thrown
# into, introspected and failing mid-loop.
import sys


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "done"


# close() and throw() into a generator whose resumes run at tier 2.
g = counter(10**9)
for _ in range(5000):
    v = next(g)
print("at", v, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.send(100))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back", e, g.gi_frame)
print(next(g, "exhausted"))

g = counter(10**9)
for _ in range(5000):
    next(g)
g.close()
print("closed", g.gi_frame, next(g, "exhausted"))

g = counter(3000)
print(sum(g), next(g, "after"))


# An exception from inside a compiled generator: traceback lines as python3.
def divider(items):
    for d in items:
        yield 1000 // d


def source(n):
    for i in range(n, -1, -1):
        yield i


try:
    total = 0
    for q in divider(source(4000)):
        total += q
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ZeroDivisionError", total, lines)


# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky(n):
    it = iter(range(n))
    while True:
        yield next(it) * 2


try:
    print(sum(leaky(4000)))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# A generator abandoned mid-loop runs its finally when closed / collected.
def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally ran")


g = guarded(10**6)
for _ in range(3000):
    next(g)
g.close()
g = guarded(10**6)
for x in g:
    if x == 2500:
        break
print("abandoned at", x)
g.close()


# Many generators of one code object, each suspended at a different point.
def stepper(k):
    a = k
    for j in range(3):
        a = a * 3 + j
        yield a
    yield -a


gens = [stepper(k) for k in range(2000)]
firsts = [next(x) for x in gens]
seconds = [next(x) for x in gens[::2]]
rest = [list(x) for x in gens]
print(sum(firsts), sum(seconds), sum(len(r) for r in rest), rest[1], rest[2])


# Generator state visible through gi_frame while suspended (locals dead after the yield too).
def walker(n):
    before = "kept"
    for i in range(n):
        sq = i * i
        yield sq
    after = before


w = walker(5000)
for _ in range(4000):
    next(w)
print(sorted((k, v) for k, v in w.gi_frame.f_locals.items() if k != "n"), w.gi_frame.f_lineno)


# The traceback of an exception raised at a yield point after many resumes.
def failing(n):
    for i in range(n):
        if i == 3500:
            raise KeyError(i)
        yield i


def consume():
    return sum(failing(5000))


consume()
