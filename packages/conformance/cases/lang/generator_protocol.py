# generators: send, throw (caught and uncaught), close with GeneratorExit, return values, gi_ state
def acc():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("  gen caught", e)
                total = 0
                continue
            if v is None:
                break
            total += v
    finally:
        print("  gen cleanup")
    return "final %d" % total
g = acc()
print(next(g), g.send(5), g.send(10))
print(g.throw(ValueError("reset")))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = acc()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("exhausted after throw")
g = acc()
next(g)
g.close()
g.close()
print("closed twice ok")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = acc()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def states():
    yield 1
st = states()
import inspect
print(inspect.getgeneratorstate(st))
next(st)
print(inspect.getgeneratorstate(st))
list(st)
print(inspect.getgeneratorstate(st))
def ret_only():
    return 7
    yield
try:
    next(ret_only())
except StopIteration as e:
    print("value", e.value, e.args)
def bad_stop():
    raise StopIteration("inside")
    yield
try:
    next(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
