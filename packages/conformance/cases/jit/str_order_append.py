# Orderings of str in code-point order through compiled compares (constant
# and non-constant operands, surrogate pairs against U+E000..U+FFFF), and
# list.append compiled as a direct push: list subclasses, a foreign class
# borrowing str.upper, append rebound on a subclass mid-loop.

CHARS = ["a", "z", "0", "9", "\uE000", "\uFFFF", "\U0001F600", "\U00010000", "\uD800", "", "ab", "a\uFFFF", "a\U0001F600"]


def classify(ch):
    if "0" <= ch <= "9":
        return "digit"
    if ch < "\uE000":
        return "low"
    if ch >= "\U00010000":
        return "astral"
    return "high"


def pairs():
    out = []
    for a in CHARS:
        for b in CHARS:
            out.append((a < b, a <= b, a > b, a >= b))
    return out


for k in range(400):
    r = [classify(c) for c in CHARS]
    p = pairs()
print(r)
print(sum(x[0] for x in p), sum(x[1] for x in p), sum(x[2] for x in p), sum(x[3] for x in p))
print([a < b for a, b in [("\uFFFF", "\U0001F600"), ("\U0001F600", "\uFFFF"), ("\uE000", "\uD83D"), ("a\U0001F600", "a\uFFFF")]])


class Tracking(list):
    pass


class Borrower:
    upper = str.upper


def fill(target, n):
    for i in range(n):
        target.append(i * 2)
    return target


for k in range(300):
    fill([], 10)
print(fill([], 5), fill(Tracking([1]), 3), type(fill(Tracking(), 1)).__name__)
def shout(s):
    return s.upper()


for k in range(300):
    shout("abc")
try:
    shout(Borrower())
except TypeError as e:
    print("TypeError", e)


class Loud(list):
    def append(self, x):
        list.append(self, -x)


print(fill(Loud(), 4))
Tracking.append = lambda self, x: list.append(self, x + 100)
print(fill(Tracking(), 3))
