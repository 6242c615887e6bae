# Calls of function values known only by their code: closures and lambdas
# made anew for each call, recursion through a closure cell, a function's
# __code__ replaced mid-loop, the cell rebound to another function, and a
# bound method through the same site.


def make_adder(k):
    def add(x):
        return x + k
    return add


def run(n):
    total = 0
    for i in range(n):
        f = make_adder(i % 5)
        total += f(i)
        g = lambda y: y * 2
        total += g(i)
    return total


print(run(3000))


def solve(n):
    seen = [0] * n

    def walk(depth):
        if depth == n:
            return 1
        count = 0
        for c in range(2):
            seen[depth] += 1
            count += walk(depth + 1)
        return count

    return walk(0), seen


for size in range(3, 9):
    print(solve(size))


def make_sub(k):
    def sub(x):
        return x - k
    return sub


other = make_sub(0)


def apply_all(fs, n):
    out = 0
    for i in range(n):
        for f in fs:
            out += f(i)
    return out


adders = [make_adder(1), make_adder(2)]
print(apply_all(adders, 2000))
adders[1].__code__ = other.__code__
print(apply_all(adders, 10))


def rebinding(n):
    def step(x):
        return x + 1

    acc = 0
    for i in range(n):
        acc = step(acc)
        if i == n // 2:
            def step(x):
                return x + 100
    return acc


print(rebinding(2000))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, d):
        return self.v + d


def call_each(fs, n):
    t = 0
    for i in range(n):
        for f in fs:
            t += f(i)
    return t


b = Box(7)
print(call_each([make_adder(3), make_adder(4)], 1500))
print(call_each([make_adder(3), b.get, len.__call__ if False else make_adder(5)], 20))
print(call_each([make_adder(3), b.get], 20))
try:
    print(call_each([make_adder(3), make_adder], 20))
except TypeError as e:
    print("TypeError", e)
