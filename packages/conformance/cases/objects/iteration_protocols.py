# iteration via __iter__/__next__, via the legacy __getitem__ protocol, iter(callable, sentinel), reversed, in
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
sq = Squares()
print(list(sq), 9 in sq, 10 in sq, type(iter(sq)).__name__)
for v in sq:
    if v > 4:
        break
    print("legacy iteration", v)
a, b, *rest = Squares()
print(a, b, rest, sorted(Squares(), reverse=True), sum(sq))
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError propagates:", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Seq())), list(Seq()))
class Rev:
    def __reversed__(self): return iter("custom")
print("".join(reversed(Rev())))
class NotIter:
    pass
for fn in [lambda: iter(NotIter()), lambda: list(5), lambda: reversed(NotIter()), lambda: next([1])]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
class Contains:
    def __contains__(self, x): return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
class Inf:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
print([x for x, _ in zip(Inf(), range(4))])
