# A hot function's __code__ and __defaults__ (and __kwdefaults__) replaced while a loop calls it.
def scale(x, k=2):
    return x * k


def other(x, k=2):
    return x + k


def kwonly(x, *, k=3):
    return x - k


def run():
    total = 0
    out = []
    for i in range(6000):
        total += scale(i)
        total += kwonly(i)
        if i == 1500:
            scale.__defaults__ = (5,)
        elif i == 3000:
            scale.__code__ = other.__code__
        elif i == 4000:
            kwonly.__kwdefaults__ = {"k": 100}
        elif i == 4500:
            scale.__defaults__ = None
            try:
                scale(1)
            except TypeError as e:
                out.append(str(e))
            scale.__defaults__ = (-1,)
        if i % 1000 == 999:
            out.append(total)
    return out


print(run())


def make_adder(n):
    def add(x):
        return x + n
    return add


a5 = make_adder(5)
a7 = make_adder(7)
acc = 0
for i in range(5000):
    acc += a5(i)
    if i == 2500:
        a5.__code__ = a7.__code__  # same free-variable layout: the closure cell stays a5's
print(acc)


class K:
    def m(self, v):
        return v + 1


def m2(self, v):
    return v * 3


k = K()
s = 0
for i in range(4000):
    s += k.m(i)
    if i == 2000:
        K.m.__code__ = m2.__code__
print(s)
