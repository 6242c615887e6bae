def f():
    pass
def f(a):
    return a
def f(a, b=1, *args, c, d=2, **kwargs):
    pass
def f(a, /, b, *, c):
    pass
def f(a, b=1, /, c=2):
    pass
def f(*, a=1, b):
    pass
def f(a: int, b: str = 'x', *args: int, c: float, **kw: dict) -> None:
    pass
def f(a,):
    pass
def f(*args,):
    pass
def f(**kw,):
    pass
def f() -> 'str':
    ...
def f(a=1, /):
    pass
def f(
    a,
    b,
):
    pass
def f(): return 1
def f():
    def g():
        def h():
            pass
    return g
def gen():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    await_ = 1
