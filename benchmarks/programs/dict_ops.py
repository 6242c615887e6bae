# dict_ops: the previous system's dict workload — insert, lookup, update,
# membership, deletion and iteration with int keys and with str keys.
# bench-short: ROUNDS=3

ROUNDS = 50
SIZE = 10000


def int_keys(seed):
    d = {}
    for i in range(SIZE):
        d[i * 7 + seed] = i
    acc = 0
    for i in range(0, SIZE * 7, 3):
        if i + seed in d:
            acc += d[i + seed]
    for i in range(0, SIZE, 2):
        d[i * 7 + seed] += 1
    for i in range(0, SIZE, 5):
        del d[i * 7 + seed]
    for k, v in d.items():
        acc += k ^ v
    acc += d.get(-1, 17) + len(d)
    return acc


def str_keys(seed):
    d = {}
    keys = ["k" + str(i * 13 + seed) for i in range(SIZE)]
    for i, k in enumerate(keys):
        d[k] = i
    acc = 0
    for k in keys:
        acc += d[k]
    for i in range(0, SIZE, 3):
        d[keys[i]] = d[keys[i]] * 2
    for i in range(0, SIZE, 4):
        d.pop(keys[i], None)
    counts = {}
    for k in d:
        c = k[-1]
        counts[c] = counts.get(c, 0) + 1
    for c in sorted(counts):
        acc = acc * 3 + counts[c]
    acc += sum(d.values()) + len(d) + ("k1" in d)
    return acc % 1000000007


total = 0
for r in range(ROUNDS):
    total = (total + int_keys(r) + str_keys(r)) % 1000000007
print(total)
