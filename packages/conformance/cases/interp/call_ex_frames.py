# f(*args, **kwargs) of a Python function pushes its frame in the caller's
# dispatch loop (interpreter-only); errors, recursion, tracebacks and the
# non-function callables must behave as before.
import sys


def show(a, b=2, *rest, key=None, **extra):
    return (a, b, rest, key, sorted(extra.items()))


args = (1, 2, 3)
kw = {"key": "k", "z": 26, "y": 25}
print(show(*args), show(*args, **kw), show(*(), **{"a": 0}), show(*[7]))
print(show(*args, **{}), show(9, *(8,), **{"key": 1}))


def depth(n):
    if n == 0:
        return sys._getframe().f_back.f_code.co_name
    return depth(*(n - 1,))


print(depth(50))


def forever(*a, **k):
    return forever(*a, **k)


try:
    forever(1, x=2)
except RecursionError as e:
    print("RecursionError", e)


def bad(x):
    return 1 / x


def middle(*a):
    return bad(*a)


try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

for call in (lambda: show(*(1, 2), **{"a": 3}), lambda: show(**{1: 2}), lambda: show(*()), lambda: bad(*(1, 2)),
             lambda: show(*5), lambda: show(**[1])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


def gen(*a):
    yield from a


class T(tuple):
    pass


class Obj:
    def m(self, *a, **k):
        return a, k


print(list(gen(*(1, 2, 3))), show(*T((4, 5))), Obj().m(*(1,), **{"q": 2}), max(*(3, 9, 4)), dict(**{"a": 1}))
total = 0
for i in range(300):
    total += show(*(i,), **{"key": i})[3]
print(total)
