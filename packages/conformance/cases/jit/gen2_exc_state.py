# Handled-exception state seen from compiled generators (sys.exc_info,
# __context__), with and without handlers in the generator, across many
# resumes and while the caller is inside an except block.
import sys


def watcher():
    while True:
        yield sys.exc_info()[0]


def caller_of_handler():
    def inner(i):
        try:
            raise ValueError(i)
        except ValueError:
            return sys.exc_info()[0].__name__
    i = 0
    while True:
        got = inner(i)
        yield got, sys.exc_info()[0]
        i += 1


def raiser(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError("in generator")
        yield i


def with_handler():
    i = 0
    while True:
        try:
            if i % 1000 == 999:
                raise IndexError(i)
            yield sys.exc_info()[0]
        except IndexError:
            yield sys.exc_info()[0]
        i += 1


w = watcher()
seen = [next(w) for _ in range(3000)]
print(seen.count(None))
try:
    raise TypeError("outer")
except TypeError:
    print(next(w), [next(w) for _ in range(2000)].count(TypeError))
print(next(w))

c = caller_of_handler()
out = [next(c) for _ in range(3000)]
print(out[0], out[-1], sum(1 for a, b in out if a == "ValueError" and b is None))
try:
    raise OSError("caller")
except OSError:
    print(next(c))

try:
    raise ZeroDivisionError("handling")
except ZeroDivisionError:
    try:
        for _ in raiser(3000):
            pass
    except KeyError as e:
        print("context:", type(e.__context__).__name__, e.__context__)

h = with_handler()
vals = [next(h) for _ in range(5000)]
print(vals.count(None), vals.count(IndexError))
try:
    raise AttributeError("x")
except AttributeError:
    print(next(h))
print(sys.exc_info())
