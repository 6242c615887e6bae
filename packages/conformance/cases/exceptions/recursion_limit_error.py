# RecursionError at the default recursion limit: caught, message, recovery, mutual recursion, setrecursionlimit
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(5000)
except RecursionError:
    print("depth 5000 exceeds the limit")
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return f"Node({self.nxt!r})"
n = Node(None)
n.nxt = n
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
try:
    repr(n)
except RecursionError as e:
    print("repr RecursionError:", e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Deep().a
except RecursionError as e:
    print("getattr RecursionError:", str(e)[:40])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(800))))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def handler_recurses(n):
    try:
        return handler_recurses(n + 1)
    except RecursionError:
        return n
print(handler_recurses(0) > 900)
print("recovered; normal call works:", depth(10))
