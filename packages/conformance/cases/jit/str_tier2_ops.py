# str operations in hot loops: indexing, slicing, concatenation, compares,
# membership, len/ord, f-strings and method calls, with ASCII, Latin-1,
# BMP and astral (surrogate-pair) text through the same compiled sites.

SAMPLES = ["hello world", "caf\u00e9 cr\u00e8me", "\u4e2d\u6587\u5b57\u7b26", "a\U0001F600b\U0001F601c", "", "x"]


def scan(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            out.append("_")
        elif "a" <= ch <= "m":
            out.append(ch.upper())
        elif ch in "\u00e9\u00e8":
            out.append("E")
        elif ch.isalpha():
            out.append(ch + ch)
        else:
            out.append(str(ord(ch)))
        i += 1
    return "".join(out)


def slices(s):
    acc = []
    acc.append(s[1:4])
    acc.append(s[::-1])
    acc.append(s[-3:])
    acc.append(s[:-2])
    acc.append(s[::2])
    acc.append(s[10:2:-3])
    return "|".join(acc)


def methods(s):
    r = 0
    r += s.find("b") + s.rfind("c") + s.count("\U0001F600") + s.find("o", 3) + s.find("l", 1, 4)
    r += len(s.split()) + len(s.split("a")) + len(s.rsplit(" ", 1))
    parts = [s.replace("o", "0"), s.strip("h"), s.capitalize(), s.lower(), s.title(), s.zfill(14), s.center(15, "*")]
    ok = s.startswith("he") + s.endswith("\U0001F601c") * 2 + s.isdigit() * 4 + s.isspace() * 8
    return r, ",".join(parts), ok


def fmt(i, s):
    return f"{i}:{s}:{s!r}:{i * 1.5:.2f}:{len(s):>3}"


for round in range(300):
    for s in SAMPLES:
        a = scan(s)
        b = slices(s)
        c = methods(s)
        d = fmt(round, s)
        if round == 299:
            print(a, b, c, d)

# Errors from compiled sites: exact messages.
def index_at(s, i):
    return s[i]


for k in range(200):
    index_at("abc", k % 3)
for bad in [3, -4]:
    try:
        index_at("abc", bad)
    except IndexError as e:
        print("IndexError", e)

def ord_of(s):
    return ord(s)

for k in range(200):
    ord_of("\U0001F600" if k % 2 else "q")
for bad in ["ab", "", "\U0001F600x"]:
    try:
        ord_of(bad)
    except TypeError as e:
        print("TypeError", e)

def find_in(s, sub, start):
    return s.find(sub, start)

for k in range(200):
    find_in("abcabc", "c", k % 6)
for args in [("abc", 1, 0), ("abc", "b", "x"), ("abc", "b", None)]:
    try:
        print(find_in(*args))
    except TypeError as e:
        print("TypeError", e)

def contains(s, x):
    return x in s

for k in range(200):
    contains("hello", "l" if k % 2 else "z")
for x in [1, None, "ll", "\U0001F600"]:
    try:
        print(contains("hello\U0001F600", x))
    except TypeError as e:
        print("TypeError", e)

def split_on(s, sep):
    return s.split(sep)

for k in range(200):
    split_on("a,b,c", ",")
for sep in ["", 5]:
    try:
        split_on("a,b", sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def joined(sep, items):
    return sep.join(items)

for k in range(200):
    joined(",", ["a", "b"])
for items in [["a", 1], ("x", "y"), iter(["p", "q"]), [b"x"]]:
    try:
        print(joined("-", items))
    except TypeError as e:
        print("TypeError", e)

def concat(a, b):
    return a + b

for k in range(200):
    concat("x", "y")
for pair in [("x", 1), (1, "x"), ("a", "\U0001F600")]:
    try:
        print(concat(*pair))
    except TypeError as e:
        print("TypeError", e)

def length(x):
    return len(x)

for k in range(200):
    length("abc")
    length([1, 2])

class Sized:
    def __len__(self):
        return 7

for x in ["\U0001F600\U0001F600", (1, 2, 3), {"a": 1}, Sized(), range(5), "caf\u00e9"]:
    print(length(x))
try:
    length(5)
except TypeError as e:
    print("TypeError", e)
