# Direct calls between optimized functions keep the recursion limit exact
# and deep recursion working (they fall back to interpreted calls deep down).
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def forever(n):
    return forever(n + 1)


for _ in range(100):
    down(20)
print(down(20))
print(down(900))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
try:
    down(300)
except RecursionError as e:
    print("RecursionError at 200:", e)
print(down(150))
sys.setrecursionlimit(1000)
print(down(500))
