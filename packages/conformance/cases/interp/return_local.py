# `return x` (LOAD_FAST; RETURN_VALUE) returns in one dispatch from plain
# frames; entry frames (called from builtins), __init__ frames, generators
# and unbound locals keep their own paths.


def ident(x):
    return x


def key(x):
    k = -x
    return k


class C:
    def __init__(self, v):
        r = None
        self.v = v
        return r


class Bad:
    def __init__(self):
        r = 5
        return r


def gen(n):
    yield n
    result = n * 2
    return result


def unbound(flag):
    if flag:
        y = 1
    return y


print([ident(i) for i in range(5)], sorted([3, 1, 2], key=key), list(map(ident, "ab")))
print(C(4).v)
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
g = gen(3)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
total = 0
for i in range(1000):
    total += ident(i) + key(i)
print(total, sum(ident(x) for x in range(10)))
