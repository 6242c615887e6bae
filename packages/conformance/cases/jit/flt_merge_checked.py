# A value that is a fresh float on one path and an existing object on the
# other (a slot load, a generic call's result), consumed as a float right
# after the merge: the check moves onto the non-float paths so the float
# path needs no box. Then the merged value stops being a float mid-loop.


class Cell:
    def __init__(self, v):
        self.v = v


def pick(c, x):
    if x > 0.5:
        return x * 2.0
    return c.v


def run(n, c):
    t = 0.0
    for i in range(n):
        x = (i % 10) / 10
        t += pick(c, x) * 3.0
        y = x * 0.5 if i % 3 else c.v
        t -= y * 0.25
    return t


c = Cell(1.25)
print(round(run(30000, c), 6))
c.v = 2
print(round(run(30000, c), 6))
c.v = Cell
try:
    run(30000, c)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("TypeError:", e, "line", tb.tb_lineno)


class Q(float):
    def __mul__(self, k):
        return Q(float(self) * k + 1.0)


c.v = Q(0.5)
print(round(run(30000, c), 6))
c.v = float("nan")
print(run(30000, c))
c.v = -0.0
print(run(30000, c), pick(c, 0.25) * 3.0)
