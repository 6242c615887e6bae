"""Emit test-data/objects/containers.json (CPython 3.11):
- "dict": random insert/delete sequences over keys that mix int, bool,
  integral float, str and tuple (1, 1.0 and True are one key) with the
  final repr(d.items()) — insertion order under deletes and re-inserts;
- "sort": random (key, id) records sorted by key, with reverse — stable order.
Keys are encoded as ["i", n] / ["f", x] / ["b", bool] / ["s", str] / ["t", [...]].
Run: python3 scripts/gen-container-vectors.py"""
import json, os, random, sys

random.seed(7)
def rand_key():
    k = random.randint(0, 6)
    n = random.randint(-3, 12)
    if k == 0: return ["i", n]
    if k == 1: return ["f", float(n)]
    if k == 2: return ["b", bool(n % 2)]
    if k == 3: return ["s", "k%d" % n]
    if k == 4: return ["t", [["i", n], ["s", "x"]]]
    if k == 5: return ["f", n + 0.5]
    return ["i", n * 10**17]
def dec(k):
    t, v = k
    if t == "i": return v
    if t == "f": return float(v)
    if t == "b": return v
    if t == "s": return v
    return tuple(dec(x) for x in v)
dict_cases = []
for _ in range(200):
    d = {}
    ops = []
    for step in range(random.randint(5, 60)):
        k = rand_key()
        if random.random() < 0.3 and d:
            ops.append(["del", k])
            d.pop(dec(k), None)
        else:
            ops.append(["set", k, step])
            d[dec(k)] = step
    dict_cases.append({"ops": ops, "repr": repr(d), "len": len(d)})
sort_cases = []
for _ in range(100):
    n = random.randint(0, 80)
    recs = [[random.randint(0, 9), i] for i in range(n)]
    rev = random.random() < 0.5
    out = sorted(recs, key=lambda r: r[0], reverse=rev)
    sort_cases.append({"records": recs, "reverse": rev, "ids": [r[1] for r in out]})
dest = os.path.join(os.path.dirname(__file__), "..", "test-data", "objects", "containers.json")
with open(dest, "w") as f: json.dump({"python": sys.version.split()[0], "dict": dict_cases, "sort": sort_cases}, f, indent=0)
print(len(dict_cases), len(sort_cases))
