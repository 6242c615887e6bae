# One `+` / `*` / `<` site sees int (past 2**53 and 2**63), float, str, and user classes in turn.
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        return Money(self.c + int(other))

    def __radd__(self, other):
        return Money(int(other) + self.c)

    def __mul__(self, k):
        return Money(self.c * k)

    def __lt__(self, other):
        return self.c < (other.c if isinstance(other, Money) else other)

    def __repr__(self):
        return "Money(%d)" % self.c


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


x = 1
for i in range(3000):
    x = add(x, x // 3 + i)
    if x > 2**70:
        break
print(i, x, x > 2**63, lt(x, 2**63))

y = 2**53 - 10
for i in range(40):
    y = add(y, 1)
print(y, y - 2**53, type(y).__name__)
z = 2**63 - 5
for i in range(20):
    z = add(z, 1)
print(z, z - 2**63)
w = -(2**63) + 3
for i in range(10):
    w = add(w, -1)
print(w)

p = 3
for i in range(60):
    p = mul(p, 3)
print(p, p % 1000003)
print(mul(-(2**31), 2**31), mul(2**26, 2**27), mul(2**27, 2**27))

vals = [1, 2**53, 2**64, 1.5, "s", Money(3), True, -7]
acc = []
for rep in range(500):
    for v in vals:
        try:
            r = add(v, v)
        except TypeError as e:
            r = "TypeError: %s" % e
        if rep == 499:
            acc.append(r)
print(acc)

s = 0
for i in range(4000):
    if i < 1000:
        s = add(s, i)
    elif i < 2000:
        s = add(s, 0.5)
    elif i < 3000:
        s = add(str(s)[:12], "x")
    else:
        s = add(Money(i), 1) if i % 2 else add(1, Money(i))
print(s)

order = 0
pairs = [(1, 2), (2**64, 2**63), (1.0, 2), ("a", "b"), (Money(1), Money(2)), (Money(5), 3), (2**53 + 1, 2**53 + 1.0)]
for rep in range(800):
    for a, b in pairs:
        if lt(a, b):
            order += 1
print(order)
