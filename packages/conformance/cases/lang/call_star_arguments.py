# call-site unpacking: *iterables, **mappings, several of each, ordering, and the errors
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(0, *range(2), 9, *[], x=1, **{"y": 2}))
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(f(*[1, 2], d=4))
print(f(1, *[2, 3], **{"d": 4, "e": 6}))
print(f(**{"a": 1, "b": 2, "d": 0}))
gen = (i for i in range(3))
print(show(*gen))
print(show(*{"k1": 1, "k2": 2}))
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))
errors = [
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, d=1),
    lambda: f(1, 2),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=3, d=1),
    lambda: show(**{"a": 1}, **{"a": 2}),
    lambda: show(*5),
    lambda: show(**[1]),
    lambda: show(**{1: 2}),
    lambda: len(*[1, 2]),
]
for e in errors:
    try:
        e()
    except TypeError as exc:
        print("TypeError:", exc)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as exc:
    print("TypeError:", exc)
def kwsink(a, /, **kw):
    return a, kw
print(kwsink(1, a=2))
print(print(*["x", "y"], sep="-") is None)
args = (3,)
print(divmod(*(17,), *args), max(*[4, 9], 2))
print(dict(**{"a": 1}, b=2), list(zip(*[(1, 2), (3, 4)])))
print("{} {x}".format(*["pos"], **{"x": "kw"}))
