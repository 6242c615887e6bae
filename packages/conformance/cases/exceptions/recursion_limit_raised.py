# sys.setrecursionlimit(5000): 4000-deep plain recursion works (interpreter and compiled frames alike)
import sys
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
def build(n):
    if n == 0:
        return []
    r = build(n - 1)
    r.append(n)
    return r
print(len(build(4500)), sum(build(4500)))
class T:
    def walk(self, n):
        return n if n == 0 else self.walk(n - 1) + 1
print(T().walk(4000))
try:
    depth(10000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth(900))
