# List operations in hot loops (so every tier runs them): indexing from both
# ends, pop/insert/index/extend, sort stability with key and reverse, a list
# mutated by sort's key (ValueError), comprehension scoping, and the errors.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100)
    return out, x


def rounds(k):
    total = 0
    seed = 7
    for _ in range(k):
        lst, seed = lcg_list(60, seed)
        acc = 0
        for i in range(len(lst)):
            acc += lst[i] - lst[-1 - i]
        srt = sorted(lst)
        lst.sort(reverse=True)
        acc += lst.index(srt[30]) + srt[0] + srt[-1]
        while len(lst) > 5:
            acc += lst.pop()
            if len(lst) % 7 == 0:
                acc += lst.pop(0)
                lst.insert(3, acc % 10)
        lst.extend(srt[:4])
        acc += len(lst) + (50 in lst) + lst.count(srt[0])
        total = (total * 31 + acc) % 1000000007
    return total


print(rounds(300))

# Stability: equal keys keep their order, with reverse too.
pairs = [(i % 4, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, True, 0, -2, 2.0, 1]), sorted([3, 1.5, True, 0, -2, 2.0, 1], reverse=True))
print(sorted([2**60, -2**60, 5, 2**31, -2**31 - 1, 0]))


def mutating_key(lst):
    def key(x):
        lst.append(x)
        return x

    try:
        lst.sort(key=key)
    except ValueError as e:
        return "ValueError: " + str(e)
    return lst


for r in range(50):
    res = mutating_key([3, 1, 2])
print(res)

errs = []
for r in range(60):
    for fn in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(9), lambda: [1][3], lambda: [1].insert()):
        try:
            fn()
        except (IndexError, ValueError, TypeError) as e:
            if r == 0:
                errs.append(type(e).__name__ + ": " + str(e))
print(errs)

# Comprehension scoping: the loop variable does not leak; class scope sees globals.
x = "outer"
vals = [x for x in range(3)]
print(x, vals)
y = 10
nested = [[y * i + j for j in range(3)] for i in range(3)]
print(nested, y)


class C:
    n = 4
    sq = [i * i for i in range(3)]


print(C.sq)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print({k: v for k, v in zip("abc", range(3))}, {v % 2 for v in range(10)})
a = [1, 2, 3]
a[-1:] = [9, 9]
del a[0]
a += a[:1]
print(a, a[::-1], a[::2], a[-100:100])
