# Instances whose attribute storage changes under hot compiled code:
# __dict__ read and written, del attr, vars(), setattr of new names,
# __setattr__ defined later, subclasses through the same site.
class V:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def step(self, d):
        self.a += d
        self.b = self.b * 0.5 + self.a
        return self.a - self.b


class W(V):
    pass


def drive(objs, rounds):
    total = 0.0
    for r in range(rounds):
        for i, o in enumerate(objs):
            if r == 700 and i == 0:
                print(sorted(o.__dict__))
                o.__dict__["b"] = 2.0
            if r == 800 and i == 1:
                del o.b
                o.b = 3.0
            if r == 900 and i == 2:
                vars(o)["c"] = 1
                setattr(o, "d", 4.5)
            if r == 950 and i == 3:
                o.__dict__.clear()
                o.a = 1.0
                o.b = 1.0
            total += o.step(0.001)
    return total


objs = [V(float(i), 1.0) for i in range(4)] + [W(1.5, 2.5)]
print(round(drive(objs, 1200), 6))
for o in objs:
    print(type(o).__name__, sorted(vars(o).items()))


def late_setattr(n):
    objs = [V(1.0, 2.0) for _ in range(3)]
    log = []
    for k in range(n):
        if k == n // 2:
            def __setattr__(self, name, value):
                log.append(name)
                object.__setattr__(self, name, value * 2 if isinstance(value, float) else value)
            V.__setattr__ = __setattr__
        for o in objs:
            o.step(0.5)
    del V.__setattr__
    return len(log), [round(o.a, 3) for o in objs], [round(o.b, 3) for o in objs]


print(late_setattr(2000))
