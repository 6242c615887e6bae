# Exceptions raised and caught inside one hot function (tier 1 jumps to the
# handler without a JS throw), across functions, and out of hot loops.
import sys
import traceback


class Boom(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


def local_raise(i):
    try:
        if i % 3 == 0:
            raise Boom(i)
        if i % 3 == 1:
            raise ValueError("v%d" % i)
        return i
    except Boom as e:
        return -e.code
    except ValueError as e:
        return len(str(e))


def bare_reraise(i):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            if i % 2:
                raise
            return "handled"
    except KeyError as e:
        return "outer %r" % (e.args[0],)


def raise_from(i):
    try:
        try:
            1 // (i % 2)
        except ZeroDivisionError as e:
            raise ValueError("bad") from e
        return "ok"
    except ValueError as e:
        return type(e.__cause__).__name__ + "/" + type(e.__context__).__name__ + "/" + str(e.__suppress_context__)


def with_finally(i, log):
    try:
        try:
            if i % 4 == 0:
                raise IndexError(i)
            return i
        finally:
            log.append(i)
    except IndexError:
        return -1


def in_handler(i):
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise OSError("second %d" % i)
    except OSError as e:
        ctx = e.__context__
        return "%s <- %s" % (e, ctx)


def raise_from_none(i):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise RuntimeError("x") from None
    except RuntimeError as e:
        return (e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def leaves(i):
    if i % 5 == 0:
        raise Boom(i)
    return i


def no_active():
    try:
        raise
    except RuntimeError as e:
        return str(e)


totals = [0, 0]
log = []
names = {}
for i in range(400):
    totals[0] += local_raise(i)
    r = bare_reraise(i)
    names[r[:5]] = names.get(r[:5], 0) + 1
    s = raise_from(i)
    names[s] = names.get(s, 0) + 1
    totals[1] += with_finally(i, log)
    h = in_handler(i)
    t = raise_from_none(i)
    try:
        totals[0] += leaves(i)
    except Boom as e:
        totals[0] -= e.code
print(totals, len(log), sum(log))
print(sorted(names.items()))
print(h)
print(t)
print(no_active())

# `except E as e` at module level deletes `e`; the name can be reused after.
e = "before"
for i in range(300):
    try:
        raise Boom(i)
    except Boom as e:
        last = e.code
try:
    print(e)
except NameError as err:
    print("NameError:", err)
e = "again"
print(e, last)

# Traceback lines from compiled code: raise and re-raise sites.
def deep(n):
    if n == 0:
        raise ValueError("deep")
    return deep(n - 1)


def catcher():
    for i in range(200):
        try:
            deep(3)
        except ValueError:
            if i == 199:
                raise


try:
    catcher()
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])

# A bare raise inside a hot loop's handler, caught one level out.
def loop_reraise(n):
    hits = 0
    for i in range(n):
        try:
            try:
                raise LookupError(i)
            except LookupError:
                raise
        except LookupError as e:
            hits += e.args[0] % 7
    return hits


print(loop_reraise(500))
# An exception escapes uncaught at the end (exit status 1, traceback on stderr).
def final():
    for i in range(150):
        try:
            raise Boom(i)
        except Boom:
            pass
    raise Boom(42)


final()
