# A range iterator held by user code while a hot loop consumes it: loops
# entered by on-stack replacement take the iterator apart into a counted
# loop, yet the object must advance with it (break then next(it), a
# comprehension or generator consuming part of it, a deopt or an exception
# mid-loop, an iterator handed to a call inside the loop).
import operator

it = iter(range(100000))
for x in it:
    if x == 50000:
        break
print(next(it), it.__length_hint__())

it = iter(range(0, 300000, 3))
total = 0
for x in it:
    total += x
    if x >= 150000:
        break
print(total, next(it), next(it))


def partial_sum(n, stop_at):
    it = iter(range(n))
    s = 0
    for x in it:
        s += x
        if x == stop_at:
            break
    return next(it, None), s, list(it)[:3]


print(partial_sum(100000, 60000))
print(partial_sum(100000, 99999))


def head(it, n):
    return [x for x in it if x < n]


for rep in range(3):
    shared = iter(range(40000 + rep))
    print(len(head(shared, 30000)), list(shared))

shared = iter(range(20000))
small = [x for x in shared if x < 10]
print(small, next(shared, "exhausted"))


def gen_prefix(it, k):
    for x in it:
        yield x
        if x >= k:
            return


shared = iter(range(100000))
print(sum(gen_prefix(shared, 70000)), next(shared))


def deopt_then_break(n, switch_at):
    it = iter(range(n))
    acc = 0
    for x in it:
        # int -> float mid-loop: the compiled loop's int speculation fails.
        acc = acc + (0.5 if x >= switch_at else 1)
        if x == switch_at + 100:
            break
    return acc, next(it)


print(deopt_then_break(100000, 50000))


def raise_mid(n, at):
    it = iter(range(n))
    seen = 0
    try:
        for x in it:
            seen += 1
            if x == at:
                raise ValueError(x)
    except ValueError as e:
        return e.args[0], seen, next(it)


print(raise_mid(100000, 77777))


def hand_off(n):
    it = iter(range(n))
    out = []
    for x in it:
        if x % 20000 == 19999:
            out.append(next(it, -1))
    return out


print(hand_off(100000))

outer = iter(range(50))
pairs = 0
for i in outer:
    inner = iter(range(5000))
    for j in inner:
        pairs += 1
        if j == 2500 + i:
            break
    pairs += next(inner)
    if i == 40:
        break
print(pairs, next(outer), operator.length_hint(outer))

it = iter(range(10, 0, -1))
for x in it:
    if x == 4:
        break
print(list(it))


def skipping(n):
    it = iter(range(n))
    count = 0
    for x in it:
        count += 1
        if x % 7 == 0:
            next(it, -1)
    return count, x


print(skipping(300000))
it = iter(range(200000))
count = 0
for x in it:
    count += 1
    if x % 5 == 0:
        next(it, None)
        next(it, None)
print(count, x)
