# Module-level loops read functions, classes and constants bound before the
# loop as constants: rebinding one mid-loop (through a function's `global`,
# through globals(), by shadowing a builtin) must be seen at once, and module
# code exec'd with a separate locals mapping must still read its own names.


def f(x):
    return x + 1


def g(x):
    return x * 3


def swap():
    global f
    f = g


LIMIT = 7
total = 0
for i in range(3000):
    total += f(i) % LIMIT
    if i == 1500:
        swap()
print(total, f(10))

total = 0
for i in range(3000):
    total += len([i]) + abs(-i)
    if i == 2000:
        globals()["len"] = lambda s: 100
print(total)
del len

total = 0
for i in range(3000):
    total += f(i)
    if i == 1000:
        globals()["f"] = lambda x: -x
print(total)

src = """
acc = 0
for i in range(2000):
    acc += h(i)
"""
scope = {"h": lambda x: 2 * x}
local_map = {"h": lambda x: 5 * x}
exec(src, scope, local_map)
print(local_map["acc"])
exec(src, scope)
print(scope["acc"])


class K:
    def __init__(self, v):
        self.v = v


acc = 0
for i in range(3000):
    acc += K(i).v
    if i == 2500:
        class K:
            def __init__(self, v):
                self.v = -v
print(acc)
