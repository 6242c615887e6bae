# Code with exception handlers at tier 2 (normal flow compiled; an exception
# raised inside a protected range is handed to the interpreter at the raising
# instruction, which unwinds to the handler): try/except/else/finally in hot
# functions, rare and frequent exceptions, exceptions from deep calls,
# return/break/continue in finally, nested handlers, with statements whose
# __exit__ suppresses or not, exceptions raised while a guard deoptimizes.


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class RetryError(AppError):
    pass


def risky(i):
    if i % 97 == 0:
        raise RetryError(i % 13)
    if i % 89 == 0:
        raise AppError(i % 11)
    return i


def deep(i, n):
    if n == 0:
        if i % 101 == 7:
            raise KeyError(i)
        return i
    return deep(i, n - 1) + 1


def loop_try(n):
    total = 0
    cleanups = 0
    elses = 0
    for i in range(n):
        try:
            total += risky(i)
        except RetryError as e:
            total += e.code * 2
        except AppError as e:
            total -= e.code
        else:
            elses += 1
        finally:
            cleanups += 1
    return total, cleanups, elses


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def deep_caught(n):
    caught = []
    acc = 0
    for i in range(n):
        try:
            acc += deep(i, 4)
        except KeyError as e:
            caught.append(e.args[0])
    return acc, len(caught), caught[:3]


def finally_flow(n):
    out = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 5:
                break
            out += i
        finally:
            out += 1
    return out


def finally_return(x):
    try:
        return x * 2
    finally:
        if x % 500 == 3:
            return -1


def nested(i):
    try:
        try:
            return 10 // (i % 4)
        except ZeroDivisionError as e:
            raise ValueError("bad divisor") from e
    except ValueError as e:
        return 100 if e.__cause__ is not None else 0


class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, t, v, tb):
        self.exited += 1
        return self.suppress and t is ZeroDivisionError


def with_loop(n, ctx):
    acc = 0
    for i in range(n):
        with ctx as c:
            acc += 100 // (i % 250) + c.entered % 2
    return acc, ctx.entered, ctx.exited


def guard_then_raise(xs):
    # A float arriving in an int-speculated loop deoptimizes; the interpreter then raises.
    total = 0
    for x in xs:
        try:
            total += x * 2
            total += 1 // (x - 7)
        except ZeroDivisionError:
            total += 1000
    return total


table = {i: i * 3 for i in range(0, 300, 7)}
for rep in range(3):
    print(loop_try(3000))
    print(sum(lookup(table, k) for k in range(300)), [lookup(table, k) for k in range(0, 30, 5)])
    print(deep_caught(1500))
    print(finally_flow(2000))
    print(sum(finally_return(x) for x in range(2000)))
    print(sum(nested(i) for i in range(2000)))
    print(with_loop(1200, Ctx(True)))
    try:
        with_loop(1200, Ctx(False))
    except ZeroDivisionError as e:
        print("escaped", e)
    print(guard_then_raise(list(range(1500)) + [2.5, 7, 3.0] + list(range(20))))
