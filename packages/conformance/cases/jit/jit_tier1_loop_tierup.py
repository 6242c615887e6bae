# Loops running in tier-1 code (functions compiled by calls) count their
# back-edges toward tier 2: the frame continues in the higher tier mid-loop.
# Results, exceptions raised from inside such loops (caught by the caller and
# by a handler in the same function) and an uncaught traceback must not change.


def work(n):
    s = 0
    for i in range(n):
        s += i * 2 % 7
    return s


def raiser(n):
    t = 0
    for i in range(n):
        t += i
        if i == n - 1:
            raise ValueError("boom %d" % t)
    return t


def handled(n):
    t = 0
    for i in range(n):
        try:
            t += i
            if i % 97 == 96:
                raise KeyError(i)
        except KeyError as e:
            t -= e.args[0]
    return t


def floaty(n):
    acc = 0.5
    while n > 0:
        acc = acc * 1.0000001 + 1
        n -= 1
    return acc


def changes_type(n):
    x = 1
    for i in range(n):
        x = x * 3 if i < n - 5 else x + 0.5
        if x > 10 ** 30:
            x = x % 1000003
    return x


tot = 0
for k in range(105):
    tot += work(1050)
print(tot)
last = None
for k in range(105):
    try:
        raiser(1050)
    except ValueError as e:
        last = str(e)
print(last)
print(sum(handled(300) for _ in range(105)))
r = 0.0
for k in range(105):
    r = floaty(1050)
print("%.6f" % r)
print([changes_type(1020 + k) for k in range(105)][-3:])


def fails_late(n):
    d = {}
    for i in range(n):
        d[i % 50] = i
    return d[n]


for k in range(105):
    try:
        fails_late(1050)
    except KeyError as e:
        pass
print(fails_late(1200))
