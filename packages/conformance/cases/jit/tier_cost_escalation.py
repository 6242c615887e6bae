# Mostly generic code (str methods, dict updates, user objects) that the tier-2
# cost model defers: it keeps running at tier 1 and, once it has stayed hot long
# enough, compiles at tier 2 after all (a loop in one long activation by OSR, a
# call entry after many calls, a module-level loop). Types and errors change
# after that point; the output must not.


class Tag:
    def __init__(self, s):
        self.s = s

    def startswith(self, p):
        return self.s.startswith(p)

    def upper(self):
        return Tag(self.s.upper())

    def __len__(self):
        return len(self.s) * 10

    def __str__(self):
        return "<" + self.s + ">"

    def __repr__(self):
        return "Tag(" + repr(self.s) + ")"


def lookup(seen, w):
    try:
        return seen[w]
    except KeyError as e:
        return repr(e)


def scan(words, n):
    seen = {}
    total = 0
    misses = []
    for r in range(n):
        w = words[r % len(words)]
        if r == n - 100:
            words.append(Tag("alpha-tag"))
            words.append(Tag("zeta-tag"))
        if w.startswith("a") or len(w) > 40:
            total += len(w.upper())
        else:
            k = str(w)[:4]
            seen[k] = seen.get(k, 0) + 1
        if r % 50000 == 49999 or r == n - 1:
            misses.append(lookup(seen, w))
    return total, misses, sorted(seen.items())


print(scan(["alpha", "beta", "gamma", "delta", "epsilon", "ab"], 200000))


def joined(parts, i):
    s = ""
    for p in parts:
        s += p.strip().lower() + ","
    return s + str(i % 7)


out = []
for i in range(21000):
    s = joined(["  Ab%d " % (i % 13), " X"], i)
    if i % 5000 == 0:
        out.append(s)
print(out)


class S(str):
    def strip(self):
        return S("STRIPPED")


def probe():
    print(joined([S(" x "), "Y "], 3))
    try:
        joined(["a", None], 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        joined([1], 1)
    except AttributeError as e:
        print("AttributeError:", e)


probe()

acc = {}
text = ""
for i in range(170000):
    key = "k" + str(i % 9)
    acc[key] = acc.get(key, 0) + len(key)
    if i == 169990:
        key = 7
        acc[key] = "int key"
    if i % 30000 == 0 or i == 169999:
        text += key.upper() if isinstance(key, str) else str(key)
print(sorted(acc.items(), key=str), text)
