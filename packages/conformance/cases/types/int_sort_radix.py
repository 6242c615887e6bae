# sorted()/list.sort() of int lists without a key: short lists, long lists of
# small ints, negatives, the int32 edges and beyond (other sort paths), reverse.
x = 12345


def rnd(lo, hi):
    global x
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return lo + x % (hi - lo + 1)


for n in [0, 1, 2, 5, 23, 24, 25, 26, 100, 1000]:
    for lo, hi in [(0, 10), (-5, 5), (0, 1000), (-2**31, 2**31 - 1), (-10**6, 10**6),
                   (2**31 - 5, 2**31 + 5), (-2**31 - 3, -2**31 + 3), (0, 2**20)]:
        l = [rnd(lo, hi) for _ in range(n)]
        a = sorted(l)
        b = sorted(l, reverse=True)
        c = list(l)
        c.sort()
        d = list(l)
        d.sort(reverse=True)
        ok = all(a[i] <= a[i + 1] for i in range(len(a) - 1)) and b == a[::-1]
        print(n, lo, hi, a[:3], a[-3:], b[:3], c == a, d == b, ok,
              sum(i * v for i, v in enumerate(a)) % 1000003)
print(sorted([3, True, 2, False, 1]), sorted([3, 1.5, 2]), sorted([1, 2**40, -2**40, 5]))
print(sorted([5, 3, 2**31, 1] * 10)[:6], sorted(list(range(40, 0, -1)))[:5])
l = [7, 1, 7, 1, 0] * 20
l.sort(reverse=True)
print(l[:8], l[-3:], type(l[0]).__name__)
