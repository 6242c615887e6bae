# decorators: stacking order, arguments, class decorators, decorating methods, decorator expressions
log = []
def tag(label):
    def deco(fn):
        log.append("applied " + label)
        def wrapper(*a, **k):
            return f"<{label}>" + fn(*a, **k) + f"</{label}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(log)
print(text("hi"), text.__name__)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Alpha:
    pass
print(registry, Alpha.registered)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Only:
    pass
print(Only() is Only())
class Svc:
    def __init__(self):
        self.n = 0
    @counted
    def work(self, k):
        self.n += k
        return self.n
s = Svc()
print(s.work(2), s.work(3), Svc.work.calls)
decos = [tag("x"), tag("y")]
@decos[1]
def pick():
    return "picked"
print(pick())
@(lambda f: f())
def computed():
    return "computed at definition"
print(computed)
def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)
def order_deco(name):
    print("evaluating decorator expression", name)
    def d(fn):
        print("applying", name)
        return fn
    return d
@order_deco("first")
@order_deco("second")
def ordered():
    pass
