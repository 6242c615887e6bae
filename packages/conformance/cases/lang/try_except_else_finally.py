# try/except/else/finally flow, multiple handlers, tuple handlers, bare raise, exception variable cleanup
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "zero":
            1 / 0
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("ValueError:" + str(e))
    except (KeyError, IndexError) as e:
        log.append("lookup:" + repr(e))
    except Exception as e:
        log.append("other:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "value", "key", "zero", "return"]:
    print(k, run(k))
def reraise():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            print("handling, then re-raising")
            raise
    except TypeError as e:
        print("outer caught", e)
reraise()
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(swallow())
try:
    try:
        raise ValueError("a")
    finally:
        print("inner finally")
except ValueError as e:
    print("propagated", e)
class Base(Exception): pass
class Sub(Base): pass
try:
    raise Sub("s")
except Base as e:
    print("caught subclass via base:", type(e).__name__, e.args)
try:
    raise Sub
except Sub as e:
    print("raised class gets instantiated:", repr(e))
print(type(KeyError("k")).__mro__)
