# string_ops: the previous system's string workload — concatenation,
# split/join, replace, find, f-strings, upper/lower and slicing.
# bench-short: ROUNDS=2500

ROUNDS = 25000

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def one_round(r):
    s = ""
    for i in range(40):
        s += WORDS[(i + r) % len(WORDS)] + " "
    parts = s.split()
    joined = ",".join(parts)
    replaced = joined.replace("eta", "ETA").replace(",", ";")
    acc = len(replaced)
    pos = 0
    while True:
        pos = replaced.find("ETA", pos)
        if pos < 0:
            break
        acc += pos
        pos += 1
    line = f"round={r} parts={len(parts)} first={parts[0]!r} ratio={acc / 7:.3f}"
    acc += len(line) + line.count("a")
    up = replaced.upper()
    acc += up.find("GAMMA") + up.rfind("DELTA")
    acc += len(replaced[5:50]) + (replaced.startswith("alpha") * 3)
    pieces = []
    for p in parts[:10]:
        pieces.append(p.capitalize()[::-1])
    acc += len("".join(pieces)) + ord(pieces[3][0])
    return acc, line


total = 0
last = ""
for r in range(ROUNDS):
    acc, last = one_round(r)
    total = (total * 131 + acc) % 1000000007
print(total)
print(last)
