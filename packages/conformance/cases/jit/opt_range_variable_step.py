# range() with a step that is a variable: tier 2 speculates a positive step
# (a counted loop) and must deopt correctly when it is negative, zero, a bool,
# a float or a big int.


def marks(n, step):
    flags = [0] * n
    for j in range(step, n, step):
        flags[j] += 1
    return sum(flags)


def walk(a, b, step):
    t = 0
    for x in range(a, b, step):
        t += x
    return t


acc = 0
for i in range(1, 3000):
    acc += marks(50, i % 9 + 1)
print("marks", acc)

res = []
for i in range(3000):
    s = 3 if i < 2500 else -3
    res.append(walk(0 if s > 0 else 30, 30 if s > 0 else 0, s))
print("walk", sum(res), res[:2], res[-2:])

print(walk(0, 10, True), walk(0, 2**70, 2**68), walk(2**60, 2**60 + 10, 4))
try:
    walk(0, 10, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    walk(0, 10, 0)
except ValueError as e:
    print("ValueError", e)


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


p = sieve(30000)
print(len(p), p[-3:])
