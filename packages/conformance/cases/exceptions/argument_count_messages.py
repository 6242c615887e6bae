# TypeError messages for wrong argument counts/names, using qualified names for methods and nested functions
def show(fn):
    try:
        fn()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
def zero(): pass
def one(a): pass
def two(a, b): pass
def opt(a, b=1): pass
def kw(*, k): pass
def mixed(a, /, b, *, c): pass
def varargs(a, *args): pass
class Shape:
    def area(self): pass
    def scale(self, factor): pass
    @classmethod
    def make(cls, n): pass
    @staticmethod
    def util(x, y): pass
    class Inner:
        def deep(self, q): pass
def outer():
    def nested(x): pass
    return nested
show(lambda: zero(1))
show(lambda: zero(a=1))
show(lambda: one())
show(lambda: one(1, 2))
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: opt())
show(lambda: opt(1, 2, 3))
show(lambda: kw())
show(lambda: kw(1))
show(lambda: kw(k=1, j=2))
show(lambda: mixed(1, 2, 3))
show(lambda: mixed(a=1, b=2, c=3))
show(lambda: mixed(1, c=3))
show(lambda: varargs())
show(lambda: varargs(1, a=2))
show(lambda: Shape().area(1))
show(lambda: Shape().scale())
show(lambda: Shape.area())
show(lambda: Shape.make())
show(lambda: Shape.util(1))
show(lambda: Shape.Inner().deep())
show(lambda: outer()())
show(lambda: (lambda x: x)())
show(lambda: (lambda: 0)(5))
show(lambda: Shape(1))
show(lambda: object(1))
show(lambda: int(1, 2, 3))
show(lambda: len())
show(lambda: len([], []))
show(lambda: isinstance(1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: {}.get())
show(lambda: "".split(1, 2, 3))
show(lambda: divmod(1))
show(lambda: abs(1, 2))
show(lambda: sorted())
show(lambda: dict(1, 2))
show(lambda: Shape().scale(factor=1, other=2))
show(lambda: Shape().scale(1, factor=2))
class WithInit:
    def __init__(self, a, b): pass
show(lambda: WithInit(1))
show(lambda: WithInit(1, 2, 3))
show(lambda: WithInit(1, 2, c=3))
print(Shape.Inner.deep.__qualname__, outer().__qualname__, (lambda: 0).__qualname__)
