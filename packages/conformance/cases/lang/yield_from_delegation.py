# yield from: return value, send/throw forwarding to subgenerators, delegating to iterables
def inner(tag):
    got = []
    while True:
        v = yield f"{tag}:{len(got)}"
        if v == "stop":
            return got
        got.append(v)
def outer():
    r1 = yield from inner("A")
    print("  inner A returned", r1)
    r2 = yield from inner("B")
    print("  inner B returned", r2)
    return len(r1) + len(r2)
g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.send("stop"))
print(g.send("x"))
try:
    g.send("stop")
except StopIteration as e:
    print("outer returned", e.value)
def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub handled KeyError"
def deleg():
    yield from catcher()
    yield "after"
d = deleg()
print(next(d), d.throw(KeyError), next(d))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0}, (x * x for x in range(3)))))
def closer():
    try:
        yield 1
    finally:
        print("  subgen finally on close")
def deleg2():
    yield from closer()
c = deleg2()
next(c)
c.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def gen_ret():
    x = yield from ()
    return x
try:
    next(gen_ret())
except StopIteration as e:
    print("empty yield from gives", e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
def use():
    r = yield from It()
    yield ("ret", r)
print(list(use()))
