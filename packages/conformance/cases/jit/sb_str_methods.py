# str methods in hot loops with unusual arguments: whitespace split of text
# with runs of spaces / other whitespace / none, maxsplit, empty separators,
# replace with '$' patterns and counts, find/rfind/count with negative and
# None bounds, non-ASCII and astral text, lone surrogates, reversal.

TEXTS = [
    "alpha beta  gamma ",
    "  lead and trail  ",
    "tab\tsep\nnew line\x0bvt\x0cff\rcr",
    "nbsp\xa0here\u2003em\u3000ideo\x85nel\x1cfs",
    "",
    "    ",
    "single",
    "caf\xe9 na\xefve \u0394elta \U0001F600 smile",
    "\ud800 lone \udfff surrogates",
    "a$b $& $1 $$ end",
]


def splits(reps):
    out = []
    for r in range(reps):
        for t in TEXTS:
            p = t.split()
            out.append(len(p))
            if r == 0:
                out.append(p)
                out.append(t.split(None, 1))
                out.append(t.rsplit(None, 1))
                out.append(t.split(" "))
                out.append(t.split(" ", 2))
    return out


def replaces(reps):
    out = []
    for r in range(reps):
        for t in TEXTS:
            a = t.replace("a", "$&").replace(" ", "$$", 2).replace("", "|", 3)
            b = t.replace("\udfff", "X").replace("\U0001F600", "\ud83d")
            out.append(len(a) + len(b))
            if r == 0:
                out.append(a)
                out.append(b)
                out.append(t.replace("e", "E", 0))
                out.append(t.replace("e", "E", -5))
    return out


def searches(reps):
    out = []
    for r in range(reps):
        for t in TEXTS:
            acc = t.find("a", -5) + t.rfind("a", None, -2) + t.count("a", -10, None) + t.count("", 3)
            acc += t.find("", 100) + t.count("", -100, 2) + t.rfind("e", 2, 1) + t.find("\U0001F600", 2)
            out.append(acc)
            if r == 0:
                out.append((t.startswith("a", -3), t.endswith(("e", "l"), 0, -1), t[::-1], t[-3::-2], t.capitalize()))
    return out


for name, f in [("splits", splits), ("replaces", replaces), ("searches", searches)]:
    res = f(300)
    print(name, len(res), sum(x for x in res if isinstance(x, int)))
    print([x for x in res if not isinstance(x, int)][:60])

astral = "x\U0001F600y\U0001F600z"
for r in range(200):
    a = astral.replace("\ude00", "L").replace("\ud83d", "H", 1)
    b = astral.split("\ude00") + astral.split("\ud83d", 1) + list(astral.partition("\ude00"))
    c = astral.count("\ude00") + astral.find("\ud83d") + astral.rfind("\ude00")
print(ascii(a), ascii(b), c)

for bad in [lambda: "abc".split(""), lambda: "abc".rsplit("", 1), lambda: "abc".partition("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
