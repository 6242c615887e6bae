# exceptions: raising and catching in a hot loop — a user-defined exception
# hierarchy, built-in exceptions raised by the runtime (KeyError,
# IndexError, ZeroDivisionError, ValueError), try/except/else/finally,
# re-raise and exception chaining, and loops left by exceptions.
# bench-short: N=25000

N = 250000


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class RetryError(AppError):
    pass


def risky(i):
    if i % 5 == 0:
        raise RetryError(i % 13)
    if i % 7 == 0:
        raise AppError(i % 11)
    return i


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def wrapped(i):
    try:
        try:
            return 10 // (i % 4)
        except ZeroDivisionError as e:
            raise ValueError("bad divisor") from e
    except ValueError as e:
        return 100 if e.__cause__ is not None else 0


table = {i: i * 2 for i in range(0, 1000, 3)}
data = list(range(50))
total = 0
cleanups = 0
for i in range(N):
    try:
        total += risky(i)
    except RetryError as e:
        total += e.code * 2
    except AppError as e:
        total += e.code
    else:
        total += 1
    finally:
        cleanups += 1
    total += lookup(table, i % 1000)
    try:
        total += data[i % 60]
    except IndexError:
        total -= 3
    total += wrapped(i)
    try:
        for j in range(10):
            if j == i % 10:
                raise StopIteration
        total += 5
    except StopIteration:
        total += 1
print(total, cleanups)
