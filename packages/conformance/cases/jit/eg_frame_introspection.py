# Frames that return are recycled by the interpreter; anything that can still
# see a frame (tracebacks, frame objects, f_back chains, generators) must keep
# seeing its own, unchanged frame; under the JIT (which does not recycle frames)
# compiled callers, f_back chains and tracebacks must show the same frames.
import sys


def leaf(x):
    y = x * 2
    return y


def grab(x):
    z = x + 1
    return sys._getframe()


def outer_grab(a):
    b = a * 10
    f = grab(b)
    return f


def fail(n):
    local_n = n
    raise ValueError(n)


def catcher(n):
    try:
        fail(n)
    except ValueError as e:
        return e


# 1. frame objects outlive their calls
frames = [outer_grab(i) for i in range(3)]
for i in range(50):
    leaf(i)  # reuse frames of other calls in between
for f in frames:
    print(f.f_code.co_name, f.f_locals, f.f_back.f_code.co_name, f.f_lineno)

# 2. tracebacks outlive their calls
errs = [catcher(i) for i in range(3)]
for i in range(50):
    leaf(i)
    grab(i)
for e in errs:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals)))
        tb = tb.tb_next
    print(e, entries)


# 3. deep recursion, then the same code with other values
def depth(n):
    if n == 0:
        out = []
        for k in range(4):
            out.append(sys._getframe(k).f_locals["n"])
        return out, sys._getframe(2)
    return depth(n - 1)


(d10, f10), (d5, f5) = depth(10), depth(5)
print(d10, d5, f10.f_locals["n"], f5.f_locals["n"], f10.f_back.f_locals["n"], f5.f_back.f_back.f_locals["n"])


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500), count(3), count(700))


# 4. unbound locals stay unbound in reused frames
def maybe(flag):
    if flag:
        v = 1
    try:
        return v
    except UnboundLocalError as e:
        return str(e)


print([maybe(i % 2 == 0) for i in range(6)])


# 5. closures of one code object with different globals / cells
def make(k):
    def add(x):
        return x + k
    return add


adders = [make(i) for i in range(4)]
print([a(10) for a in adders], [a(1) for a in reversed(adders)])

# 6. generators and frames seen from inside generators
def gen(n):
    for i in range(n):
        yield leaf(i), sys._getframe().f_back.f_code.co_name


def consume():
    return list(gen(3))


print(consume(), consume())


# 7. a frame caught while raising inside a method, kept by an exception chain
class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v[k]


saved = []
for k in (0, 5, 1, 7):
    try:
        Box([1, 2]).get(k)
    except IndexError as e:
        saved.append(e)
for i in range(100):
    Box([i]).get(0)
for e in saved:
    print(e, e.__traceback__.tb_next.tb_frame.f_locals["k"])


# 8. compiled callers seen from a callee: f_back / _getframe(1) locals and
# lines, tracebacks through hot frames (tb_frame.f_locals, tb_lineno)
def peek(depth):
    fr = sys._getframe(depth)
    return fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals.items())


def hot_caller(n):
    acc = n * 2
    tag = "t%d" % (n % 3)
    seen = peek(1)
    acc += len(seen[2])
    return seen, acc


def hot_raiser(n, d):
    local_d = d + n
    if n % 4 == 3:
        raise KeyError(local_d)
    return local_d


def hot_loop(m):
    caught = []
    total = 0
    for i in range(m):
        try:
            total += hot_raiser(i, 10)
        except KeyError as e:
            tb = e.__traceback__
            caught.append([(t.tb_frame.f_code.co_name, t.tb_lineno, sorted((k, v) for k, v in t.tb_frame.f_locals.items() if k in ("i", "m", "n", "d", "local_d", "total"))) for t in walk(tb)])
    return total, caught[-1], len(caught)


def walk(tb):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


for i in range(400):
    r = hot_caller(i)
print(r)
print(hot_loop(300))
