# Calls of functions with keyword-only parameters, defaults, *args and **kwargs
# bound at compile time; every speculation is broken mid-loop.


def kw(x, *, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


def combine(a, b, c=3, *rest, scale=1, **options):
    total = a + b + c + sum(rest)
    if options:
        total += len(options) + options.get("bonus", 0)
    return total * scale


def shape(a, /, b, *args, k, **kw):
    return (a, b, args, k, sorted(kw.items()))


def mutate(*args, **kwargs):
    kwargs["seen"] = len(args)
    return kwargs


def run_kw(n):
    t = 0
    for i in range(n):
        t += kw(i % 150, hi=120) + kw(x=-i, lo=-5) + kw(i)
        if i == n // 2:
            kw.__kwdefaults__ = {"lo": 10, "hi": 20}
        if i == 3 * n // 4:
            kw.__kwdefaults__["hi"] = 30
    return t


def run_combine(n):
    t = 0
    for i in range(n):
        t += combine(i, 1)
        t += combine(1, 2, 3, 4, 5, scale=2)
        t += combine(a=i, b=2, c=1, bonus=5)
        t += combine(i, 2, 7, 8, scale=3, bonus=1, extra=2)
        if i == n // 3:
            combine.__defaults__ = (100,)
        if i == 2 * n // 3:
            combine.__kwdefaults__ = {"scale": 5}
    return t


def run_shape(n):
    out = []
    for i in range(n):
        r = shape(i, 2, k=3)
        r2 = shape(1, b=i, k=0, a=9)
        r3 = shape(1, 2, 3, 4, k=i, z=1, y=2)
        if i % 50 == 0:
            out.append((r, r2, r3))
    return out


def run_mutate(n):
    last = None
    for i in range(n):
        d = mutate(i, 2, a=i)
        d2 = mutate()
        if d is d2 or d2 != {"seen": 0}:
            print("shared dict!")
        last = d
    return last


def run_errors(n):
    msgs = []
    for i in range(n):
        try:
            if i % 5 == 0:
                kw(1, nope=2)
            elif i % 5 == 1:
                combine(1, 2, a=3)
            elif i % 5 == 2:
                kw(lo=1)
            elif i % 5 == 3:
                kw(1, 2)
            else:
                shape(1, 2)
        except TypeError as e:
            if i < 10:
                msgs.append(str(e))
    return msgs


print(run_kw(400))
print(run_combine(600))
print(run_shape(200)[:3], len(run_shape(200)))
print(run_mutate(300))
for m in run_errors(300):
    print(m)


def swap_code(n):
    def f(a, *, b=1):
        return a + b

    def g(b, *, a=10):
        return a * 100 + b

    t = 0
    for i in range(n):
        try:
            t += f(i, b=2)
        except TypeError as e:
            if i % 100 == 0:
                print(e)
        t += f(i)
        if i == n // 2:
            f.__code__ = g.__code__
            f.__kwdefaults__ = {"a": 7}
    return t


print(swap_code(400))

# Module-level loop: callees read as constants, then rebound mid-loop.
total = 0
for i in range(3000):
    total += kw(i % 150, hi=120) + combine(i, 1, scale=2)
    if i == 1500:
        def kw(x, *, lo=0, hi=100):
            return -x
    if i == 2500:
        combine = lambda *a, **k: len(a) + len(k)
print(total)
