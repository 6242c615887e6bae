class D(dict):
    def __contains__(self, k): return k == "magic"
d = D(a=1)
print("a" in d, "magic" in d, "a" in {"a": 1}, 1 in {1.0: 2}, True in {1: 0}, [] in {} if False else "ok")
try: [] in {}
except TypeError as e: print(e)
e = {"x": 1, "y": 2}
del e["x"]; print("x" in e, "y" in e, e.get("y"), e.pop("y"), e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
a = list(range(20))
print(a[I(2):I(10):I(3)], a[::-3], a[-5:-1], a[100:], a[-100:3], a[3:1:-1], a[::I(-7)], a[2**70:], a[:-2**70], a[::2**70])
print("abcdefgh"[I(1)::2], "abcdefgh"[::-2], (1, 2, 3, 4)[::-1], (1, 2, 3)[1:I(2)])
try: a[::0]
except ValueError as e: print(e)
try: a[1.5:]
except TypeError as e: print(e)
b = list(range(10)); b[::-2] = "abcde"; print(b)
try: b[::2] = [1]
except ValueError as e: print(e)
b[8:2] = [0, 0]; print(b)
del b[::3]; print(b)
c = [1, 2, 3]; c[1:2] = c; print(c)
