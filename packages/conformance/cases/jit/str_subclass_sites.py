# Sites compiled for exact str meet str subclass instances (and other
# types) mid-loop: overridden methods and operators must win, results keep
# their types, and nothing is lost when the compiled code deoptimizes.


class Loud(str):
    def upper(self):
        return "LOUD:" + str.upper(self)

    def __add__(self, other):
        return Loud(str.__add__(self, other) + "!")

    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

    def __len__(self):
        return 99

    def __contains__(self, x):
        return True

    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


class Plain(str):
    pass


def work(s, t):
    r = []
    r.append(s.upper())
    r.append(s + t)
    r.append(s[1])
    r.append(s[1:3])
    r.append(len(s))
    r.append("q" in s)
    r.append(s == "zzz")
    r.append(s.find("b"))
    r.append(s.split("b"))
    r.append(f"{s}|{s!r}")
    r.append(ord(s[0]) if len(s[0]) == 1 else -1)
    return r


for k in range(3000):
    out = work("abc", "de")
print(out)
for s in [Loud("abc"), Plain("abc"), "abc"]:
    res = work(s, "de")
    print(type(res[0]).__name__, type(res[1]).__name__, type(res[3]).__name__, res)

# Plain subclass instances through hot compiled sites, mixed with str.
total = 0
for k in range(3000):
    s = Plain("x" * (k % 5)) if k % 3 == 0 else "y" * (k % 4)
    total += len(s) + s.count("x") + (s + "!").find("!") + len(s[1:])
print(total)
