# Keyword-argument binding through the per-code cache of keyword layouts:
# several layouts per function, one call site reaching several functions,
# more layouts than the cache holds, **kwargs catching names, errors.


def f(a, b=2, /, c=3, *, d=4, e=5, **rest):
    return (a, b, c, d, e, sorted(rest.items()))


def g(c, d=0, *args, e=1):
    return (c, d, args, e)


def h(x, y):
    return x - y


out = []
for i in range(30):
    out.append(f(i, c=1))
    out.append(f(i, d=2, c=3))
    out.append(f(i, e=i, zz=9))
    out.append(f(i, 7, 8, e=1, d=0, a="kw-a", b="kw-b"))
    for fn in (f, g):
        out.append(fn(1, c=5, e=6) if fn is f else fn(d=5, e=6, c=1))
    out.append(h(y=i, x=2 * i))
    out.append(h(x=i, y=1))
print(len(out), out[:8], out[-8:])

# more distinct layouts on one function than the cache keeps
layouts = [
    dict(c=1),
    dict(d=1),
    dict(e=1),
    dict(c=1, d=2),
    dict(d=2, c=1),
    dict(e=3, d=2, c=1),
    dict(q=1),
]
for rnd in range(3):
    print([f(0, **kw) for kw in layouts])

# the same layout, different functions through one site
def call_with(fn):
    return fn(1, d=2)

for fn in (g, f, g, f):
    print(call_with(fn))

# errors, with CPython's messages
tests = [
    lambda: f(1, c=1, e=2, c2=3, d=4, e2=5, zz=1, **{"zz2": 2}) and f(1, 2, 3, 4),
    lambda: g(1, c=2),
    lambda: h(1, z=2),
    lambda: h(x=1),
    lambda: g(e=1),
    lambda: f(a=1),
]
for t in tests:
    for _ in range(3):
        try:
            t()
        except TypeError as exc:
            msg = str(exc)
    print(msg)


# __code__ replaced on a hot function: the new code's parameter names apply
def k(p, q=0):
    return ("k", p, q)


def k2(q, p=0):
    return ("k2", p, q)


for i in range(20):
    k(q=i, p=1)
k.__code__ = k2.__code__
print(k(q=5, p=1), k(p=1, q=2))
