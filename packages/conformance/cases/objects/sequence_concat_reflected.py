# list/tuple/str + and * try the right operand's __radd__/__rmul__ first (CPython's sequence slots), then the concat error
from collections import UserList, UserString
class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
class N:
    def __radd__(self, o): return NotImplemented
for i in range(200):
    r = ([1] + R(), (1,) + R(), "a" + R(), [1] * R(), "ab" * R(), (2,) * R(), [8] + UserList([1]), "x" + UserString("y"))
print(r, type(r[6]).__name__, type(r[7]).__name__)
class L(list): pass
print(L([1]) + R(), [1] + L([2]), type([1] + L([2])).__name__, [1] * 2, 2 * [1], "ab" * 2)
for bad in [lambda: [1] + N(), lambda: [1] + (2,), lambda: "a" + 1, lambda: (1,) + [2], lambda: [1] * 1.5, lambda: "a" * "b"]:
    try: bad()
    except TypeError as e: print(e)
