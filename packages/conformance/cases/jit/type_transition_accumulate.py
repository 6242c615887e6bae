# one accumulator in a hot loop changes type int -> float -> complex -> Fraction-like user class -> str
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        return Money(self.c + int(o * 100))
    def __radd__(self, o): return self.__add__(o)
    def __repr__(self): return f"Money({self.c})"
def add(a, b):
    return a + b
acc = 0
for i in range(40000):
    if i < 10000:
        acc = add(acc, i)
    elif i < 20000:
        acc = add(acc, 0.5)
    elif i < 25000:
        acc = add(acc, 1j) if i % 2 else add(acc, 1)
    else:
        break
print(acc, type(acc).__name__)
acc = 0
for i in range(30000):
    if i == 15000:
        acc = Money(acc)
    acc = add(acc, 1 if i < 15000 else Money(2))
print(acc)
s = ""
for i in range(12000):
    s = add(s, "ab"[i % 2]) if i % 1000 else add(s, "|")
print(len(s), s[:12], s.count("|"), s[-5:])
vals = [1, 2.5, True, 10 ** 20, -3]
t = 0
for i in range(50000):
    t = add(t, vals[i % 5])
print(t, type(t).__name__)
lst = []
for i in range(10000):
    lst = add(lst, [i]) if i % 2500 == 0 else lst
print(lst, add((1,), (2,)), add(Money(1), 0.25))
