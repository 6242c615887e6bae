# FOR_ITER over a plain generator resumes its frame inside the caller's eval loop (interpreter
# only): yields, returns, exceptions (PEP 479), close/throw while suspended, gi_running,
# f_back, the handled-exception state, recursion, tracebacks.
def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x

def evens(items):
    for v in items:
        if v % 2 == 0:
            yield v
    return "done"

def boom(n):
    for i in range(n):
        if i == 3:
            raise ValueError("boom at %d" % i)
        yield i

def stopper():
    yield 1
    raise StopIteration("x")

def delegating(n):
    yield from numbers(n)
    yield -1

print(sum(evens(numbers(1000))))
try:
    for v in boom(10):
        print("got", v)
except ValueError as e:
    print("caught", e)
try:
    for v in stopper():
        print("s", v)
except RuntimeError as e:
    print("rt", e, type(e.__cause__).__name__)
g = numbers(5)
for v in g:
    print(v)
    break
print(next(g), list(g))
for v in g:
    print("never")
print(list(delegating(3)))
def nested():
    for a in evens(range(10)):
        for b in evens(range(a)):
            yield (a, b)
print(list(nested()))
import sys
def frames():
    yield sys._getframe().f_back.f_code.co_name
def caller():
    for x in frames():
        return x
print(caller())
def exc_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    for v in exc_state():
        print(v, sys.exc_info()[0].__name__)
def reentrant():
    for v in me:
        yield v
me = reentrant()
try:
    for v in me:
        pass
except ValueError as e:
    print(e)
def rec(n):
    if n:
        for v in rec(n - 1):
            yield v
    yield n
print(sum(rec(50)))
try:
    print(sum(rec(2000)))
except RecursionError as e:
    print("recursion")
def tb():
    yield 1
    1 / 0
import traceback
try:
    for v in tb():
        pass
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


def counter(n):
    try:
        for i in range(n):
            try:
                yield i
            except KeyError as e:
                yield "caught " + str(e)
    except GeneratorExit:
        print("closed at", i)
        raise
    finally:
        print("finally", n)


c = counter(10)
for v in c:
    print("v", v, c.gi_running, c.gi_frame.f_lineno)
    if v == 2:
        print(c.throw(KeyError("k")))
    if v == 4:
        c.close()
print(c.gi_frame, list(c))
try:
    next(c)
except StopIteration:
    print("stop")


def watcher():
    yield g2.gi_running
    yield g2.gi_frame.f_back.f_code.co_name


g2 = watcher()


def loop_over():
    return [v for v in g2]


print(loop_over())


def fin():
    try:
        yield 1
        yield 2
        raise ValueError("in gen")
    finally:
        print("gen finally")


try:
    for v in fin():
        print("fin", v)
except ValueError as e:
    print("caught", e)


def retval():
    yield 1
    return 42


r = retval()
for v in r:
    pass
try:
    next(r)
except StopIteration as e:
    print("value", e.value)


def outer_send():
    total = 0
    for v in counter(3):
        got = yield v
        total += got or 0
    return total


o = outer_send()
print(next(o), o.send(10), o.send(20))
try:
    o.send(30)
except StopIteration as e:
    print("total", e.value)
