# Calls of known functions with keyword arguments and defaults bound at the
# call site: __defaults__ replaced mid-loop, keywords in any order, an
# unknown or duplicate keyword and a missing argument (exact TypeError
# texts), and the function rebound to one with another signature.


def scale(x, factor=2, offset=0):
    return x * factor + offset


def run(n):
    t = 0
    for i in range(n):
        t += scale(i)
        t += scale(i, offset=1)
        t += scale(x=i, factor=3)
        t += scale(offset=i, x=1)
        t += scale(i, 5)
    return t


print(run(3000))
scale.__defaults__ = (10, 100)
print(run(10))
scale.__defaults__ = (7,)
try:
    print(run(10))
except TypeError as e:
    print("TypeError", e)
scale.__defaults__ = (2, 0)
print(run(2000))


def bad(kind, n):
    t = 0
    for i in range(n):
        if kind == 1 and i == n - 1:
            t += scale(i, fator=2)
        elif kind == 2 and i == n - 1:
            t += scale(i, x=2)
        elif kind == 3 and i == n - 1:
            t += scale(factor=2)
        else:
            t += scale(i, offset=i)
    return t


for kind in (1, 2, 3):
    try:
        print(bad(kind, 3000))
    except TypeError as e:
        print("TypeError", e)


def scale(x, *, factor=2):
    return -x * factor


print(run(5) if False else [scale(1), scale(2, factor=3)])


def counter_factory():
    count = 0

    def bump(times=1):
        nonlocal count
        count += times
        return count

    return bump


bump = counter_factory()
s = 0
for i in range(4000):
    s += bump() + bump(times=2)
    if i == 3000:
        bump.__defaults__ = (5,)
print(s, bump(0))


def drive_bump(n):
    b = counter_factory()
    s = 0
    for i in range(n):
        s += b() + b(times=2) + scale2(i) + scale2(i, 1)
        if i == n // 2:
            b.__defaults__ = (5,)
            scale2.__defaults__ = (4,)
    return s, b(0)


def scale2(x, k=3):
    return x * k


print(drive_bump(5000))
