# implicit exception context in handlers and finally, sys.exc_info/exception() in nested handlers, exception replaced in finally
import sys
def ctx_names(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(ctx_names(e))
try:
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handler sees:", type(sys.exc_info()[1]).__name__, type(sys.exception()).__name__)
        print("after inner handler:", type(sys.exception()).__name__)
        raise IndexError("last")
except IndexError as e:
    print(ctx_names(e))
print("outside handlers:", sys.exc_info(), sys.exception())
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("generator closing, exc_info:", type(sys.exception()).__name__)
        raise
g = gen()
next(g)
g.close()
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(ctx_names(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        err = zde
        raise err
except ZeroDivisionError as e:
    print("re-raising same object keeps context None:", e.__context__)
def returns_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(returns_in_finally())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e from None
except ValueError as e:
    print("from None:", e.__suppress_context__, e.__cause__, type(e.__context__))
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("handled inside")
    except ValueError:
        pass
    print("restored after nested handler:", sys.exception())
