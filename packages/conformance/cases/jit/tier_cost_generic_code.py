# Code the tier-2 cost model keeps at tier 1 (string building, method calls,
# str comparisons) next to code it compiles (int loops), called often enough
# to reach the optimizing tier's thresholds; values change type mid-run.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]


def build(words, r):
    s = ""
    for w in words:
        if w.startswith("a") or w < "c":
            s += w.upper() + ","
        else:
            s += w[::-1] + ";"
    parts = s.split(",")
    return parts[r % len(parts)]


def mix(n, k):
    t = 0
    for i in range(n):
        t = (t * 31 + i * k) % 1000003
    return t


def scan(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if "0" <= ch <= "9":
            out.append(int(ch))
        elif ch.isalpha():
            out.append(ch)
        i += 1
    return out


total = 0
seen = {}
for r in range(1500):
    piece = build(WORDS, r)
    seen[piece] = seen.get(piece, 0) + 1
    total = (total + mix(20, r) + len(scan("a1b2 c3" * 3))) % 1000000007
    if r == 1200:
        WORDS = WORDS[1:] + ["eta"]  # a global rebound mid-run
    if r >= 1400:
        try:
            build(WORDS + [r], r)  # an int among the words: raises
        except AttributeError as e:
            seen[str(e)] = seen.get(str(e), 0) + 1
print(total)
print(sorted(seen.items()))
print(mix(50, 2**60), mix(10, 1.5))
print(scan("x9y8" * 2))
