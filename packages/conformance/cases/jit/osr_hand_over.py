# An OSR unit entered in an inner loop hands the frame over to a unit
# entered at the enclosing loop's header when the inner loop ends: every
# outer iteration, the code between the loops, break/else/continue of the
# outer loops and type changes after the hand-over keep CPython's results.

# module level, three levels, code between the loops
log = []
total = 0
for r in range(3):
    before = total
    for i in range(40):
        row = 0
        for j in range(300):
            row += i * j - r
        total += row
        if i % 13 == 0:
            log.append((r, i, row))
    log.append(total - before)
print(total, log[:4], log[-2:])

# the outer loop's variable changes type after the hand-over
acc = 0
for x in [1, 2, 2.5, "s", 3]:
    for j in range(500):
        if isinstance(x, str):
            acc += len(x)
        else:
            acc += x
print(acc)

# break out of the outer loop, for-else, continue in the outer loop
hits = []
for a in range(50):
    if a % 3 == 1:
        continue
    for b in range(400):
        if a * b > 9000:
            hits.append((a, b))
            break
    else:
        hits.append((a, None))
    if len(hits) > 12:
        break
else:
    hits.append("no break")
print(hits)

# a while loop enclosing a for loop, then a deeper while nest
n = 0
steps = 0
while n < 6:
    for k in range(700):
        steps += k & 3
    n += 1
print(n, steps)
i = 0
out = 0
while i < 4:
    j = 0
    while j < 300:
        k = 0
        while k < 5:
            out += i ^ j ^ k
            k += 1
        j += 1
    i += 1
print(out)

# in a function called once (OSR, not a call entry); the inner loop's
# bound grows with the outer variable; ints grow past 2**53 after the hand-over
def tri(n):
    s = 0
    big = 1
    for i in range(n):
        for j in range(i):
            s += j
        if i > 60:
            big = big * 1000003 + s
    return s, big % 1000000007, big.bit_length()
print(tri(200))

# the outer iterator is held by user code and advanced inside the nest
it = iter(range(100))
seen = []
for v in it:
    for w in range(300):
        if w == 299 and v % 10 == 0:
            seen.append(next(it))
print(seen, next(it, "end"))

# four levels in a function, an exception raised deep inside after the hand-over
def four(m):
    c = 0
    try:
        for a in range(m):
            for b in range(m):
                for d in range(m):
                    for e in range(40):
                        c += a + b + d + e
                        if a == 3 and b == 2 and d == 1 and e == 7:
                            raise ValueError(c)
    except ValueError as exc:
        return "raised", exc.args[0]
    return c
print(four(3), four(5))
