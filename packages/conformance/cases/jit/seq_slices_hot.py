# List and tuple slices in hot loops (tier 2 slices without slice objects):
# reads, slice assignment (growing, shrinking, extended), aliasing, errors.
def flips(n):
    perm = list(range(n))
    total = 0
    for r in range(3000):
        k = r % n
        perm[:k + 1] = perm[k::-1]
        total += perm[0] * 3 + perm[-1]
        cp = perm[:]
        total += len(cp[1:-1]) + cp[::2][0] + len(cp[5:2]) + len(cp[-3:])
    return total, perm


print(flips(9))


def tuples(n):
    t = tuple(range(n))
    acc = 0
    for i in range(4000):
        s = t[i % n:]
        acc += len(s) + (s[0] if s else -1)
        acc += sum(t[::-(i % 3 + 1)][:2])
    return acc, type(t[1:3]).__name__


print(tuples(7))


def assign_shapes(m):
    out = []
    for i in range(m):
        lst = list(range(10))
        lst[2:5] = [i] * (i % 4)          # grow / shrink
        lst[::3] = lst[::3][::-1]          # extended, same size
        lst[1:3] = (7, 8)                  # from a tuple
        lst[-2:] = lst                     # the list itself
        lst[:0] = (x for x in "ab")        # a generator (Python code runs)
        out.append(len(lst) + lst[0].__len__() + lst[-1])
    return sum(out)


print(assign_shapes(2000))


def bad_size(m):
    lst = list(range(10))
    for i in range(m):
        try:
            lst[::2] = [0] * (5 if i < m - 1 else 4)
        except ValueError as e:
            return i, str(e)


print(bad_size(3000))


def not_iterable(m):
    lst = [1, 2, 3]
    for i in range(m):
        v = [i] if i < m - 1 else 5
        try:
            lst[0:1] = v
        except TypeError as e:
            return i, str(e), lst[:2]


print(not_iterable(3000))


class Seq(list):
    def __getitem__(self, k):
        return "sub" if isinstance(k, slice) else list.__getitem__(self, k)


def switch_types(m):
    data = [list(range(6)), tuple(range(6)), "abcdef", Seq(range(6)), range(6)]
    res = []
    for i in range(m):
        d = data[0] if i < m - 5 else data[m - i - 1]
        res.append(d[1:4])
    return res[-6:]


print(switch_types(3000))


def bounds(m):
    lst = list(range(20))
    acc = 0
    big = 10 ** 30
    for i in range(m):
        acc += len(lst[-100:100]) + len(lst[i % 30 - 15: -(i % 7)])
        acc += len(lst[big:]) + len(lst[:-big]) + len(lst[::-7])
    return acc


print(bounds(3000))
