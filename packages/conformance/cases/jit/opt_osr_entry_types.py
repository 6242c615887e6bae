# Loops entered by on-stack replacement with typed live values: the entry
# checks the current types of the frame's locals (ints, floats), so the
# values must stay right when a type changes later, when the same loop is
# entered again with other types, when two names share one float object,
# and when a local is unbound at the loop header.


def accumulate(n, start, step):
    total = start
    x = 0.5
    count = 0
    i = 0
    while i < n:
        total = total + step
        x = x * 1.0001 + 0.25
        count += 1
        if i == n - 3:
            total = total * 10 ** 20  # an int that no longer fits 53 bits
            x = int(x)  # a float local becomes an int
        i += 1
    return total, round(x, 6) if isinstance(x, float) else x, count


def shared_float(n):
    a = b = 1.5
    c = 0.0
    for k in range(n):
        c = c + a * 2.0
    return a == b, c, type(a).__name__


def maybe_unbound(n):
    out = []
    for k in range(n):
        if k % 1000 == 999:
            out.append(v)  # noqa: F821 - bound from the second iteration on
        v = k * 0.5
    try:
        del v
        for k in range(n):
            w = v  # noqa: F841
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    return out[:3], len(out)


def mixed_reentry(values, n):
    res = []
    for v in values:
        acc = v
        j = 0
        while j < n:
            acc = acc + v
            j += 1
        res.append(acc)
    return res


def module_like():
    s = 0
    f = 0.0
    for y in range(300):
        for x in range(300):
            s += x ^ y
            f += (x - y) * 0.5
    return s, f


print(accumulate(50000, 7, 3))
print(accumulate(50000, 7.5, 0.25))
print(accumulate(50000, True, 1))
print(shared_float(40000))
print(maybe_unbound(40000))
print(mixed_reentry([3, 2.5, 10 ** 30, -4, 0.125, True], 20000))
print(module_like())
