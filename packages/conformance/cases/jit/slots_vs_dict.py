# __slots__ instances and dict instances (and subclasses mixing both) through the same hot sites.
class D:
    def __init__(self, x):
        self.x = x


class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class SD(S):
    def __init__(self, x):
        self.x = x
        self.extra = x * 2


class S2(S):
    __slots__ = ("y",)

    def __init__(self, x):
        self.x = x
        self.y = -x


def get(o):
    return o.x


def bump(o):
    o.x = o.x + 1


objs = [D(1), S(2), SD(3), S2(4)]
t = 0
for i in range(5000):
    o = objs[i % 4]
    bump(o)
    t += get(o)
print(t, [get(o) for o in objs])

try:
    S(1).y = 5
except AttributeError as e:
    print("AttributeError", e)
s = S(1)
del s.x
try:
    get(s)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(SD(1), "__dict__"), hasattr(S(1), "__dict__"), SD(1).__dict__)

for i in range(3000):
    o = objs[i % 4]
    if i == 1500:
        S.x_plus = property(lambda self: self.x + 1000)
        D.x_plus = property(lambda self: self.x + 2000)
    if i >= 1500:
        t += o.x_plus
print(t)

objs[0].__dict__["x"] = 99
print(get(objs[0]), getattr(objs[3], "y"))
