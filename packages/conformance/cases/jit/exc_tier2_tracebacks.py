# Tracebacks of exceptions caught by handlers of tier-2 code: tb_lineno /
# tb_next chains through compiled and inlined callees, tb_frame.f_locals of
# the raising frames (dead locals included), __context__ / __cause__ /
# __suppress_context__, bare re-raise keeping the traceback, and finally an
# uncaught exception leaving tier-2 code (traceback shape as CPython's).
import sys


def leaf(x, d):
    scratch = x * 3
    return d[x] + scratch


def middle(x, d):
    y = x + 1
    return leaf(y, d) * 2


def walk(tb):
    out = []
    while tb is not None:
        names = sorted(k for k in tb.tb_frame.f_locals if k in ("x", "y", "d2", "scratch", "i", "acc"))
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, names))
        tb = tb.tb_next
    return out


def hot(n, d):
    acc = 0
    shapes = []
    for i in range(n):
        try:
            acc += middle(i, d)
        except KeyError as e:
            shapes.append(walk(e.__traceback__))
    return acc, len(shapes), shapes[0], shapes[-1]


def chained(i):
    try:
        try:
            [][i]
        except IndexError:
            raise ValueError(i)
    except ValueError as e:
        c = e.__context__
        return (type(c).__name__, e.__cause__ is None, e.__suppress_context__)


def caused(i):
    try:
        try:
            {}[i]
        except KeyError as k:
            raise TypeError("t") from k
    except TypeError as e:
        return (type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)


def suppressed(i):
    try:
        try:
            1 // (i - i)
        except ZeroDivisionError:
            raise RuntimeError("r") from None
    except RuntimeError as e:
        return (e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def reraise(i):
    try:
        try:
            leaf(i, {})
        except KeyError:
            raise
    except KeyError as e:
        return [t[:2] for t in walk(e.__traceback__)]


def handled_inside(i):
    # sys.exc_info() inside the handler, and after it (cleared).
    try:
        raise LookupError(i)
    except LookupError:
        inside = sys.exc_info()[0].__name__
    return inside, sys.exc_info()[0]


d = {i: i for i in range(0, 3000, 2)}
print(hot(2500, d))
print(sum(1 for i in range(1500) if chained(i) == ("IndexError", True, False)), chained(3))
print(caused(5), [caused(i) == caused(5) for i in range(1500)].count(True))
print(suppressed(4), [suppressed(i)[1] for i in range(1500)].count(True))
print(reraise(1), len([reraise(i) for i in range(1200)]))
print(handled_inside(2), len([handled_inside(i) for i in range(1200)]))


def final(n, d):
    total = 0
    for i in range(n):
        try:
            total += d[i]
        finally:
            total += 1
    return total


print(final(1500, {i: 1 for i in range(1500)}))
print(final(2000, {i: 1 for i in range(1800)}))
