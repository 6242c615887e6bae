# with statement: several items, parenthesized form, exit order, suppression, exceptions in __enter__
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q,
      CM("r")):
    print("paren body", p, q)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("one"), CM("two", fail_enter=True), CM("three"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("s1"), CM("s2", suppress=True):
    raise KeyError("k")
print("inner suppressed; outer saw no exception")
def early():
    with CM("ret"):
        return "returned value"
print(early())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Swallow:
    def __enter__(self): return self
    def __exit__(self, *a): return 1  # truthy
with Swallow():
    1 / 0
print("truthy __exit__ result suppresses")
