# Tracebacks raised from inside hot generators (tier-1/tier-2 compiled
# consumers and producers): frames, line numbers and source lines as CPython
# prints them, chaining across generator frames, gi_frame line of a
# suspended generator, and an uncaught exception out of a generator pipeline.
import traceback


def source(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError(f"bad item {i}")
        yield i


def scaled(items):
    for v in items:
        yield v * 3


def guarded(items):
    try:
        yield from items
    except ValueError as e:
        raise LookupError("in guarded") from e


def context(items):
    for v in items:
        try:
            yield 10 // (v - 5)
        except ZeroDivisionError:
            yield int("x" + str(v))


def consume(gen):
    total = 0
    for v in gen:
        total += v
    return total


for bad in (50, 150, 400):
    try:
        consume(scaled(source(1000, bad)))
    except ValueError as e:
        print(traceback.format_exc().replace(__file__, "FILE"))

for bad in (30, 300):
    try:
        consume(guarded(scaled(source(1000, bad))))
    except LookupError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
        print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

try:
    consume(context(range(10)))
except ValueError as e:
    print(repr(e), repr(e.__context__))
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

g = scaled(source(100, -1))
for _ in range(40):
    next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_running)

print(consume(scaled(source(1000, 999))))
