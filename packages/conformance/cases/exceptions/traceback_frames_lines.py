# traceback objects: tb_lineno and function name of every frame, tb_next chain, re-raise keeps original frames
import sys
def level3(x):
    return 10 // x
def level2(x):
    y = x - 1
    return level3(y)
def level1(x):
    return level2(x) + 1
def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    level1(1)
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
def reraiser():
    try:
        level1(1)
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
def wrapper():
    try:
        level3(0)
    except ZeroDivisionError as inner:
        raise ValueError("wrapped") from inner
try:
    wrapper()
except ValueError as e:
    print(frames(e.__traceback__), frames(e.__cause__.__traceback__))
def gen():
    yield 1
    raise KeyError("in generator")
try:
    for v in gen():
        pass
except KeyError as e:
    print(frames(e.__traceback__))
class Obj:
    @property
    def bad(self):
        return self.missing_attr
try:
    Obj().bad
except AttributeError as e:
    print(frames(e.__traceback__))
try:
    [1, 2, 3][
        10
    ]
except IndexError as e:
    print(frames(e.__traceback__))
exc_type, exc_value, exc_tb = None, None, None
try:
    int("bad")
except ValueError:
    exc_type, exc_value, exc_tb = sys.exc_info()
print(exc_type.__name__, exc_value, frames(exc_tb), sys.exc_info())
try:
    raise RuntimeError("manual").with_traceback(None)
except RuntimeError as e:
    print(frames(e.__traceback__))
def lam():
    return (lambda: 1 / 0)()
try:
    lam()
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
try:
    exec("x = 1\ny = x / 0")
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
