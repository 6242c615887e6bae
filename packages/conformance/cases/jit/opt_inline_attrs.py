# Inlined callees whose attribute and global accesses stay generic (several
# receiver classes at one site): they use the callee's own inline caches.
# Errors inside them (missing attribute, missing global) keep CPython's
# messages and tracebacks.
import traceback


class A:
    def __init__(self, v):
        self.v = v
        self.n = 0

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v
        self.n = 0

    def get(self):
        return self.v * 2


class C(A):
    pass


def touch(o, k):
    o.n = o.n + k
    return o.get() + o.v


def bump(holder, o):
    holder.current = o
    holder.count = holder.count + 1
    return touch(o, 1) + LATE


class Holder:
    def __init__(self):
        self.current = None
        self.count = 0


LATE = 1
objs = [A(1), B(2), C(3), A(4)]
h = Holder()
t = 0
for i in range(4000):
    t += bump(h, objs[i % 4])
print(t, h.count, [o.n for o in objs])
C.get = lambda self: -self.v
print(sum(bump(h, o) for o in objs))
del objs[3].v
try:
    bump(h, objs[3])
except AttributeError as e:
    print("AttributeError", e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
del LATE
try:
    bump(h, objs[0])
except NameError as e:
    print("NameError", e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
LATE = 2.5
print(bump(h, objs[1]), h.count)
