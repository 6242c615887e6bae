# Exceptions raised inside inlined callees: the traceback lists every
# Python frame (callee, its inlined caller, the compiled function) with the
# right lines, and handlers in outer (interpreted) frames catch them.
import traceback


def leaf(xs, i):
    return xs[i] + 1


def middle(xs, i):
    return leaf(xs, i) * 2


def outer(xs, i):
    return middle(xs, i) - 3


def divide(a, b):
    return a // b


def ratio(a, b):
    return divide(a, b) + divide(b, a)


data = [1, 2, 3, 4]
total = 0
for k in range(4000):
    total += outer(data, k % 4)
    total += ratio(k % 7 + 1, 3)
print(total)

for args in [(data, 9), (data, "x"), ([1.5, 2.5], 1), (None, 0)]:
    try:
        print(outer(*args))
    except Exception as e:
        print(type(e).__name__, e)
        for fs in traceback.extract_tb(e.__traceback__):
            print("  ", fs.name, fs.lineno, fs.line)

for a, b in [(7, 0), (0, 5), (3, 2)]:
    try:
        print(ratio(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])


def chain(n):
    try:
        return outer(data, n)
    except IndexError:
        return -1


print([chain(n) for n in range(-6, 6)])
print(outer(data, 50))
