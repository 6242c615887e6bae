# Code compiled by tier 2 reads globals as constants (a direct call of a
# known function, a builtin); rebinding the global, shadowing the builtin or
# replacing a function's __code__ must be seen at once, also by activations
# that are running when it happens.


def helper(x):
    return x + 1


def other(x):
    return x * 100


def caller(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


for _ in range(50):
    caller(10)
print(caller(10))

helper = other
print(caller(10))


def rebinding_helper(x):
    global helper
    if x == 5:
        helper = lambda y: -y
    return x


helper = rebinding_helper
print(caller(10))
print(caller(10))


def uses_len(xs):
    t = 0
    for _ in range(3):
        t += len(xs)
    return t


for _ in range(50):
    uses_len([1, 2])
print(uses_len([1, 2]))
len = lambda xs: 1000
print(uses_len([1, 2]))
del len
print(uses_len([1, 2]))


def square(x):
    return x * x


def cube(x):
    return x * x * x


def apply(n):
    return square(n) + 1


for _ in range(50):
    apply(3)
print(apply(3))
square.__code__ = cube.__code__
print(apply(3))
