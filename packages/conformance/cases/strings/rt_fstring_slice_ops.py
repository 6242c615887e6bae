# f-strings (FORMAT_VALUE with conversions and specs, BUILD_STRING), slices
# built at run time (BUILD_SLICE) and str concatenation, in hot loops so the
# compiled tiers run them too.


class Fmt:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "<" + str(self.v) + ":" + spec + ">"

    def __repr__(self):
        return "Fmt(%r)" % (self.v,)

    def __str__(self):
        return "F" + str(self.v)


class S(str):
    def __format__(self, spec):
        return "S[" + str.__format__(self, spec) + "]"


class BadFormat:
    def __format__(self, spec):
        return 42


def fstrings(i):
    x = i * 1.5
    f = Fmt(i)
    s = "é" * (i % 3) + "\U0001F600"
    return [
        f"{i}",
        f"{i:>5}|{x:.3f}|{x!r}|{s!a}|{s!r}|{s}",
        f"{f}|{f!s}|{f!r}|{f:xy}|{S('ab')}|{S('ab'):>4}",
        f"{True}{None}{i:#x}{-i:+}{i * 10 ** 20:,}",
        f"{'nested ' + f'{i:03d}'}",
        f"",
        f"{s:*^9}",
    ]


def slices(i):
    t = "abcdefghij\U0001F600kl"
    lst = list(range(12))
    a, b, c = i % 5 - 2, i % 7 - 1, (i % 4) - 2 or 1
    return [t[a:b:c], t[::-1], t[b:], t[:a], lst[a:b:c], lst[::-2], tuple(lst)[a::c], t[::c]]


def concat(i):
    s = ""
    for k in range(i % 6):
        s += "x" + str(k)
        s = s + "é"
    s += "\U0001F600"
    return s, len(s)


out = []
for i in range(300):
    r = fstrings(i), slices(i), concat(i)
    if i % 37 == 0:
        out.append(r)
for r in out:
    print(r)

for bad in (lambda: f"{BadFormat()}", lambda: f"{1:q}", lambda: "abc"[::0], lambda: f"{Fmt(1)!r:>3}" + 1):
    for _ in range(120):
        try:
            bad()
        except (TypeError, ValueError) as e:
            msg = type(e).__name__ + ": " + str(e)
    print(msg)
