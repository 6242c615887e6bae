# Zero-argument super() in methods that get hot: the method reads `self` and the
# __class__ cell from its running frame, so compiled code must keep both there
# (no frameless call, no inlining, `self` live after its last explicit use).
class Base:
    def __init__(self, v):
        self.v = v

    def write(self, s):
        return len(s) + self.v

    def scale(self, k):
        return self.v * k


class Mid(Base):
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return super().write(s)

    def scale(self, k):
        k2 = k + 1
        return super().scale(k2) + 1


class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 2)

    def write(self, s):
        return super().write(s) * 2


def drive(obj, chunk, n):
    total = 0
    for i in range(n):
        total += obj.write(chunk)
        total += obj.scale(i)
    return total


objs = [Mid(1), Leaf(3)]
acc = 0
for j in range(300):
    acc += drive(objs[j % 2], "ab" * (j % 4), 20)
print(acc)
try:
    Mid(2).write(5)
except TypeError as e:
    print("TypeError", e)
for j in range(100):
    acc += drive(objs[j % 2], "x", 5)
print(acc)
