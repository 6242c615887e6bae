# LOAD_FAST__LOAD_FAST / LOAD_FAST__LOAD_CONST run a following int add,
# subtract, compare-and-branch or `%` in the same dispatch, and JUMP_BACKWARD
# runs the FOR_ITER_RANGE / FOR_ITER_LIST it jumps to. Every guard failure
# must fall back to the full semantics.


def count_down(n):
    out = 0
    while n > 0:
        n = n - 1
        out = out + 1
    return out


def mods(a, b):
    return a % b, a % 3, a % -3


def step(x):
    return x + 1, x - 1, x % 7, x < 3, x >= 3


# warm the sites up with small ints, then values past 2**53 (the fused
# add/subtract must not round), floats and bools
warm = 0
for v in range(200):
    warm += step(v)[2] + mods(v, 5)[1]
print(warm)
for v in (5, 2**53 - 1, 2**53, -2**53 - 5, 10**20, 2.5, -7, True):
    print(step(v))
print(count_down(50), count_down(0))


for a, b in ((10, 3), (-10, 3), (10, -3), (0, 5), (7.5, 2), (2**70, 9)):
    print(mods(a, b))
try:
    mods(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)


def pair_compare(a, b):
    hits = 0
    i = a
    while i < b:
        if i == 7:
            hits += 100
        i = i + 2
    return hits + i


print(pair_compare(1, 20), pair_compare(20, 1), pair_compare(1.0, 9), pair_compare(2**60, 2**60 + 5))


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y


print(unbound_second(True))
try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, e.__traceback__.tb_next.tb_lineno)


# loops: negative steps, empty ranges, break/continue, lists changing while iterated
def loops():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(5, 5):
        out.append("never")
    for i in range(2**53 - 2, 2**53 + 2):
        out.append(i - 2**53)
    items = [1, 2, 3]
    for x in items:
        if x == 2:
            items.append(4)
            continue
        if x == 4:
            break
        out.append(x)
    total = 0
    for i in range(3):
        for j in range(i, 4):
            total += i * j
    out.append(total)
    return out


print(loops(), loops() == loops())


class Weird:
    def __mod__(self, other):
        return "mod"

    def __lt__(self, other):
        return True


def generic(a):
    return a % 2, a < 1


print(generic(Weird()), generic(9))
