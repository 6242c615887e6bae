# Exceptions raised inside optimized code: handlers in the same function,
# in callers several levels up, and the traceback's lines and functions.
import sys


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


TABLE = {i: i * 2 for i in range(37)}


def leaf(table, i):
    return table[i] + 1


def middle(n):
    s = 0
    for i in range(n):
        s += leaf(TABLE, i)
    return s


def top(n):
    try:
        return middle(n)
    except KeyError as e:
        return ("caught", repr(e), lines(sys.exc_info()[2]))


for _ in range(40):
    middle(30)
print(middle(30))
print(top(30))
print(top(40))


def local_handler(xs):
    bad = 0
    for x in xs:
        try:
            bad += 10 // x
        except ZeroDivisionError:
            bad -= 1
    return bad


for _ in range(40):
    local_handler([1, 2, 3])
print(local_handler([1, 0, 2, 0, 5]))


def fail():
    raise ValueError("bottom")


def deep(n):
    if n == 0:
        return fail()
    return deep(n - 1) + 1


for _ in range(40):
    try:
        deep(5)
    except ValueError:
        pass
try:
    deep(6)
except ValueError as e:
    tb = lines(sys.exc_info()[2])
    print(e, len(tb), tb[0], tb[1], tb[-1])
