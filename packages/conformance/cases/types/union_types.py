# types.UnionType: X | Y on classes, None and generic aliases; isinstance/issubclass; equality; typing interplay
import typing
U = int | str
print(U, type(U), type(U).__name__, type(U).__module__)
print(U.__args__, (int | None).__args__)
print(int | None, None | int, list[int] | None, int | list[str] | None)
print(int | int, (int | int) is int, int | str | int)
print((int | str) | float, int | (str | float))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | None))
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 | int
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(typing.get_args(int | str), typing.get_origin(int | str) is typing.Union)
print(typing.Optional[int], typing.Union[int, str])
d = {int | str: 1}
print(d[str | int])
def f(x: int | None = None) -> list[int] | None:
    return x
print(f.__annotations__)
