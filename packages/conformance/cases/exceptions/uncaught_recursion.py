# uncaught RecursionError from unbounded recursion: exit status 1 with CPython's message as the last line
import sys
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(500))
print("limit", sys.getrecursionlimit())
def walk(node, depth=0):
    # a cyclic structure makes this recurse forever
    return walk(node["next"], depth + 1)
a = {"name": "a"}
b = {"name": "b", "next": a}
a["next"] = b
try:
    walk(a)
except RecursionError as e:
    print("first attempt caught:", e)
print("second attempt is not caught")
walk(b)
print("never printed")
def unused_helper():
    return None
class Unused:
    pass
