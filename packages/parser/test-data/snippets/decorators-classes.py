@dec
def f():
    pass
@dec.attr
@dec(1, 2)
@dec[0]
@(lambda f: f)
def f():
    pass
@x := y
def f(): pass
class A:
    pass
class A():
    pass
class A(B):
    pass
class A(B, C, metaclass=M, **kw):
    x = 1
    def f(self):
        return self.x
@dataclass
class P:
    x: int
    y: int = 0
class A(*bases): pass
class A:
    class B:
        class C:
            pass
