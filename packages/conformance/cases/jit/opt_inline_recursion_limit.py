# Recursion depth with inlined calls: every inlined frame counts one level,
# so RecursionError comes at CPython's depth with its message, also after
# the function is hot (compiled with itself inlined) and the limit changes.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def depth_reached(limit):
    sys.setrecursionlimit(limit)
    lo = 0
    try:
        for k in range(0, 3 * limit, 7):
            down(k)
            lo = k
    except RecursionError as e:
        return lo, str(e)
    finally:
        sys.setrecursionlimit(1000)
    return lo, None


total = 0
for i in range(3000):
    total += down(i % 20)
print(total)
print(depth_reached(200))
print(depth_reached(350))
print(depth_reached(1000))


def probe(n):
    # exact boundary: the deepest n that works
    try:
        down(n)
        return True
    except RecursionError:
        return False


sys.setrecursionlimit(300)
ok = [n for n in range(280, 300) if probe(n)]
print(ok[-1], len(ok))
sys.setrecursionlimit(1000)


def mutual_a(n):
    if n <= 0:
        return 0
    return mutual_b(n - 1) + 1


def mutual_b(n):
    if n <= 0:
        return 0
    return mutual_a(n - 1) + 2


for i in range(2000):
    mutual_a(i % 9)
try:
    mutual_a(5000)
except RecursionError as e:
    print("mutual", e)
print(mutual_a(400))
