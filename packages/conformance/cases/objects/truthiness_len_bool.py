# __bool__ and __len__ in truth testing, errors for bad return values, len() limits, operators and/or/not
class B:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"B({self.v!r})"
    def __bool__(self):
        print(f"  __bool__({self.v})")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"L({self.n!r})"
    def __len__(self):
        print(f"  __len__({self.n})")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()))
print("and/or return operands:", L(0) and "never", B(True) or "never")
print(not L(3), [] or {} or "last", 0 and 1 / 0)
if L(1):
    print("L(1) truthy in if")
while B(False):
    pass
print(len(L(7)))
for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)
for n in [-1, "3", 2.0]:
    try:
        len(L(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(L(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
class IdxLen:
    def __init__(self): pass
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IdxLen()))
class NoBool: pass
print(bool(NoBool()), bool(object()))
values = [0, 0.0, 0j, "", b"", (), [], {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, "0", " ", b"\x00", (0,), [[]], {0: 0}, {None}, range(1), True]
print([bool(v) for v in values])
print(any(L(0) for _ in range(1)), all([B(True), L(1)]))
x = B(False)
print("ternary:", "t" if x else "f")
print("chained:", 1 < 2 and L(0) or "fallback")
class BoolSub(int):
    def __bool__(self): return True
print(bool(BoolSub(0)), BoolSub(0) == 0)
print(len([1, 2]), len("héllo"), len(b"ab"), len({1: 2}), len(range(0, 100, 7)), len(range(10, 0)))
