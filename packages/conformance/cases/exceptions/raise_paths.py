# Exceptions raised by the interpreter's fast paths (missing dict key,
# list index out of range, integer // and % by zero) and by raise/re-raise,
# caught in the same frame, in a caller, or through finally; exception
# classes with a Python __init__ (positional and keyword arguments) created
# in hot loops; context chaining and tracebacks of each.
import sys
import traceback


def tb_lines(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


d = {i: i for i in range(0, 30, 3)}
lst = list(range(10))
counts = {"key": 0, "index": 0, "zero": 0, "mod": 0}
for i in range(60):
    try:
        d[i]
    except KeyError as e:
        counts["key"] += 1
        last_key = e
    try:
        lst[i % 14]
    except IndexError as e:
        counts["index"] += 1
        last_index = e
    try:
        10 // (i % 4)
    except ZeroDivisionError as e:
        counts["zero"] += 1
        last_zero = e
    try:
        10 % (i % 5)
    except ZeroDivisionError as e:
        counts["mod"] += 1
        last_mod = e
print(counts)
for e in (last_key, last_index, last_zero, last_mod):
    print(type(e).__name__, e.args, tb_lines(e), e.__context__)


class AppError(Exception):
    def __init__(self, code, *, where="here"):
        super().__init__(code, where)
        self.code = code
        self.where = where


class RetryError(AppError):
    pass


class Plain(Exception):
    pass


def risky(i):
    if i % 5 == 0:
        raise RetryError(i % 13, where="risky")
    if i % 7 == 0:
        raise AppError(i % 11)
    if i % 11 == 0:
        raise Plain(i, "x")
    return i


total = 0
fin = 0
for i in range(200):
    try:
        total += risky(i)
    except RetryError as e:
        total += e.code * 2 + len(e.where)
    except AppError as e:
        total += e.code + len(e.args)
    except Plain as e:
        total += len(e.args)
    else:
        total += 1
    finally:
        fin += 1
print(total, fin)

e = RetryError(5, where="w")
print(repr(e), e.args, e.code, e.where, str(e), isinstance(e, AppError), type(e).__mro__[1].__name__)
print(repr(Plain()), repr(Plain(1)), str(Plain(1, 2)))


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def deep_key(k):
    return d[k]


def middle(k):
    try:
        return deep_key(k)
    finally:
        counts["key"] += 100


try:
    middle(1)
except KeyError as e:
    print("deep", repr(e), tb_lines(e), counts["key"])

print(sum(lookup(d, i) for i in range(40)))


def wrapped(i):
    try:
        try:
            return 10 // (i % 4)
        except ZeroDivisionError as e:
            raise ValueError("bad divisor") from e
    except ValueError as e:
        return (type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__, tb_lines(e))


print(wrapped(4))
print(wrapped(5))


def reraiser(i):
    try:
        lst[i]
    except IndexError:
        if i > 20:
            raise
        raise KeyError(i)


for i in (15, 25):
    try:
        reraiser(i)
    except LookupError as e:
        print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None, tb_lines(e))


def gen_stop():
    for j in range(10):
        if j == 3:
            raise StopIteration
    return 5


n = 0
for i in range(5):
    try:
        gen_stop()
    except StopIteration as e:
        n += 1
        stop_tb = tb_lines(e)
print(n, stop_tb)

try:
    try:
        {}["missing"]
    finally:
        print("finally ran")
except KeyError as e:
    print("outer", repr(e), tb_lines(e))

# A raise inside an except clause chains __context__; a bare raise keeps the traceback.
try:
    try:
        lst[99]
    except IndexError:
        1 // 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), tb_lines(e), tb_lines(e.__context__))

# Uncaught: the traceback shape of a KeyError from the dict fast path inside a function.
sys.stdout.flush()


def final(k):
    return d[k]


for i in range(5):
    final(i * 3)
final(4)
