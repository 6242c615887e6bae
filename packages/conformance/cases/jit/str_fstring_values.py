# f-string parts compiled inline (a str is itself, a small int its digits)
# next to conversions and specs, for values of every kind through one site.


def f(n, x):
    return f"{n}|{x}|{n!s}|{n:>4}|{x!r}"


for k in range(300):
    f(k, "s")


class Custom:
    def __format__(self, spec):
        return "<" + spec + ">"

    def __str__(self):
        return "custom"

    def __repr__(self):
        return "Custom()"


for v in [0, -7, 2**53 - 1, 2**53, -2**60, True, False, 1.5, -0.0, 1e22, "q", "\U0001F600", 10**20, Custom(), None]:
    try:
        print(f(v, v))
    except TypeError as e:
        print("TypeError", e)
