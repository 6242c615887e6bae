# Exceptions raised and caught inside compiled code, finally, with, chaining, re-raise.
def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        return "div0"
    except (TypeError, ValueError) as e:
        return "bad: " + str(e)
    else:
        return r
    finally:
        print("finally", a, b)

print(safe_div(1, 2), safe_div(1, 0), safe_div(1, "x"))
def chain():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise ValueError("v") from e
    except ValueError as e:
        return repr(e), repr(e.__cause__), e.__suppress_context__
print(chain())
def implicit():
    try:
        try:
            {}["missing"]
        except KeyError:
            1 / 0
    except ZeroDivisionError as e:
        return repr(e.__context__)
print(implicit())
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "swallow"
def with_test():
    with CM("a") as m:
        print("body", m.name)
    with CM("swallow"):
        raise RuntimeError("x")
    try:
        with CM("b"):
            raise RuntimeError("y")
    except RuntimeError as e:
        print("outer caught", e)
with_test()
def reraise():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise
        except IndexError as e:
            return "re-raised " + str(e)
print(reraise())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_break())
def assert_fail(x):
    assert x > 0, "must be positive"
    return x
try:
    assert_fail(-1)
except AssertionError as e:
    print("AssertionError", e)
def unbound_local():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 1
unbound_local()
