# attributes looked up on None: __class__, bound dunder methods, __doc__, and code that dispatches on x.__class__ (functools.singledispatch)
import functools
for i in range(300):
    x = None if i % 2 else 0
    r = (x.__class__.__name__, x.__class__ is type(x), x.__eq__(x), x.__repr__())
print(r)
f = None.__repr__; g = None.__eq__; h = None.__hash__
print(None.__class__, f(), g(None), g(1), h() == hash(None), None.__bool__(), None.__doc__, type(None).__doc__, None.__ne__(None))
@functools.singledispatch
def describe(arg):
    return "generic " + type(arg).__name__
@describe.register
def _(arg: int):
    return "int"
print(describe(None), describe(1), describe("s"), [describe(v) for v in (None, 2, None)])
print(getattr(None, "__class__"), hasattr(None, "__class__"), hasattr(None, "nope"), [v.__class__.__name__ for v in (None, 1, "a", 1.5, [], (), {})])
try:
    None.nope
except AttributeError as e:
    print(e)
try:
    None.__class__ = int
except TypeError as e:
    print("TypeError", e)
