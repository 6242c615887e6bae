# hot loops over lists and dicts whose element/key types change mid-loop (int -> float -> big int -> str keys)
lst = list(range(1000))
total = 0
for rep in range(20):
    for v in lst:
        total += v
    if rep == 5:
        lst[500] = 0.5
    if rep == 10:
        lst[100] = 2 ** 70
    if rep == 15:
        lst = [float(v) for v in lst]
print(total)
d = {}
for i in range(20000):
    key = i % 100 if i < 10000 else str(i % 100)
    d[key] = d.get(key, 0) + i
print(len(d), d[5], d["5"], sum(v for k, v in d.items() if isinstance(k, int)))
mixed = {1: "a", 1.5: "b", "1": "c", (1,): "d", True: "e", None: "f"}
hits = 0
keys = [1, 1.0, 1.5, "1", (1,), True, None, 2]
for i in range(24000):
    hits += len(mixed.get(keys[i % 8], ""))
print(hits, mixed)
m = [[0] * 50 for _ in range(50)]
for i in range(25000):
    r, c = i % 50, (i * 7) % 50
    m[r][c] += 1 if i < 12500 else 1.5
print(sum(map(sum, m)), m[0][0], m[49][43])
s = set()
for i in range(20000):
    s.add(i % 300 if i % 2 else float(i % 300))
print(len(s), sum(s))
tup_acc = ()
for i in range(10000):
    if i % 1000 == 0:
        tup_acc += (i, str(i))
print(tup_acc[-4:], len(tup_acc))
