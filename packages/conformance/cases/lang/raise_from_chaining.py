# raise ... from X, raise ... from None, implicit __context__, and __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause=" + (type(e.__cause__).__name__ if e.__cause__ else "None"),
          "context=" + (type(e.__context__).__name__ if e.__context__ else "None"),
          "suppress=" + str(e.__suppress_context__))
try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    raise IndexError("direct") from OSError("os")
except IndexError as e:
    show(e)
    print("  cause msg:", e.__cause__)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError", e)
def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__context__
    return n
try:
    try:
        try:
            raise A if False else KeyError("one")
        except KeyError:
            raise ValueError("two")
    except ValueError:
        raise TypeError("three")
except TypeError as e:
    print("depth", chain_depth(e))
    cur = e
    while cur:
        print("  ", type(cur).__name__, cur)
        cur = cur.__context__
e = ValueError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__, type(e.__cause__).__name__)
e2 = RuntimeError()
print(e2.__cause__, e2.__context__, e2.__suppress_context__)
