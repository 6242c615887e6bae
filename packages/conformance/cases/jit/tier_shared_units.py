# Tier-2 units share their factory across VMs (one closure of run/fast, a per-VM
# instance record); guards hand their frame state to the deopt routine as
# arguments. Exercise: deopts with many live values, a small self-recursive unit
# (its own per-VM copy), direct calls whose target is invalidated and
# re-installed, a callee whose __code__ is replaced, and a rebound global.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def helper(x, y):
    return x * 2 + y


def other(x, y):
    return x - y


def many_live(seq):
    a = b = c = d = e = 0
    total = 0
    for i, v in enumerate(seq):
        a += 1
        b = a * 2
        c = b - i
        d = c + (v if isinstance(v, int) else 0)
        e = d % 7
        total += helper(v, e) if not isinstance(v, str) else len(v)
    return (a, b, c, d, e, total)


SCALE = 3


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


print(fact(20), fact(25))
print(ack(2, 3), ack(2, 5))
print(many_live(list(range(3000))))
print(many_live(list(range(2000)) + [1.5, 2.5] + list(range(50))))
print(many_live(list(range(2000)) + ["abc", 10 ** 20, 7]))
r1 = sum(helper(i, 1) for i in range(3000))
helper.__code__ = other.__code__
r2 = sum(helper(i, 1) for i in range(3000))
print(r1, r2)
print(scaled(5000))
SCALE = 2.5
print(scaled(5000))
SCALE = 4
print(scaled(5000), [fact(k) for k in range(1, 8)])
