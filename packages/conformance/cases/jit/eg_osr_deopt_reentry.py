# A module-level loop whose compiled continuation keeps deoptimizing (the value
# kinds change every few iterations): each deopt finishes the frame in the
# interpreter, which must not re-enter compiled code without bound.
vals = [1, 2.5, "s", 3, (1,), 4.0, None, 7]
big = set()
acc = 0
fl = 0.0
txt = 0
for i in range(6000):
    v = vals[i % 8] if i % 37 == 0 else i
    if type(v) is int:
        acc += v * 3
        big.add((v * 7919) % 100003)
    elif type(v) is float:
        fl += v
    else:
        txt += 1
for i in range(4000):
    big.discard((i * 7919) % 100003)
print(acc, fl, txt, len(big), sorted(big)[:5])


def inner(n):
    t = 0
    for k in range(n):
        x = k if k % 11 else k * 0.5
        t += x
    return t


print([inner(n) for n in (10, 300, 2000)])
