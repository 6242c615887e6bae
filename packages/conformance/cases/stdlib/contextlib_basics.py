# contextlib: contextmanager (enter/exit/suppress/re-raise/decorator), suppress, closing, nullcontext,
# redirect_stdout, ExitStack; keyword
import contextlib, io, keyword

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("inside", v)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("x")
print("after swallow")

@contextlib.contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21))

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)

with contextlib.nullcontext(5) as n:
    print("null", n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print("buf:", repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback ran")
    print("stack body")

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, "moved callback")
    moved = inner.pop_all()
    inner.close()
    print("before close")
    moved.close()

def gen_exit():
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise ValueError("suppressed by push")
gen_exit()
print("pushed suppressor worked")
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
