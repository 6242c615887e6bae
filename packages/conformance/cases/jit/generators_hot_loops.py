# generators created and consumed in hot loops: yield from chains, send, early close, generator expressions, type changes
def counter(n):
    for i in range(n):
        yield i
def chain(n):
    yield from counter(n)
    yield from (x * 2 for x in range(n))
total = 0
for i in range(3000):
    for v in chain(i % 10):
        total += v
print(total)
def accumulate():
    s = 0
    while True:
        v = yield s
        s += v
g = accumulate()
next(g)
last = 0
for i in range(20000):
    last = g.send(i if i < 10000 else 0.5)
print(last)
closed = 0
def guarded():
    global closed
    try:
        yield 1
        yield 2
    finally:
        closed += 1
x = 0
for i in range(10000):
    gen = guarded()
    x += next(gen)
    if i % 2:
        x += next(gen)
    gen.close()
print(x, closed)
print(sum(sum(j for j in range(i % 20)) for i in range(10000)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
big = 0
for i in range(1000):
    big = next(f)
print(big % 10 ** 12, big.bit_length())
def mixed(i):
    yield i
    yield str(i)
    yield float(i)
out = []
for i in range(10000):
    for v in mixed(i):
        if i % 2500 == 0:
            out.append(v)
print(out)
