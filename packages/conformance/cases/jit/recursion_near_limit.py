# Recursion close to the limit while functions are compiled, RecursionError caught at several depths,
# and the limit changed while hot.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def runaway(n):
    return runaway(n + 1)


limit = sys.getrecursionlimit()
total = 0
for i in range(200):
    total += depth(900 + i % 50)
print("deep ok", total)

caught = 0
for i in range(30):
    try:
        runaway(0)
    except RecursionError as e:
        caught += 1
        msg = str(e)
print("caught", caught, msg)


def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


levels = [guarded(0) > 500 for _ in range(5)]
print("guarded", levels)

sys.setrecursionlimit(300)
try:
    depth(400)
except RecursionError:
    print("limit 300 enforced")
print(depth(250))
sys.setrecursionlimit(limit)
print(depth(950))


def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1) + 1


def mutual_b(n):
    return 0 if n == 0 else mutual_a(n - 1) + 2


s = 0
for i in range(500):
    s += mutual_a(i % 800)
print("mutual", s)


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)


n = None
for i in range(900):
    n = Node(n)
print("nodes", sum(n.size() for _ in range(20)))
