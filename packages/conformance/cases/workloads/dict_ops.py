# Dict operations with int and str keys.
d = {}
for i in range(5000):
    d[i] = i * i
print(len(d), d[77], d.get(5001), d.get(5001, -1))
s = 0
for k in d:
    s += d[k]
print("sum", s)
for i in range(0, 5000, 2):
    del d[i]
print(len(d), list(d)[:5], 4 in d, 5 in d)

words = {}
for i in range(3000):
    key = "k" + str(i % 100)
    words[key] = words.get(key, 0) + i
print(len(words), words["k0"], words["k99"])
print(sorted(words.items())[:3])
print(list(words.keys())[:4], list(words.values())[:4])
e = {"a": 1, "b": 2}
e.update({"c": 3}, d=4)
print(e, e.pop("a"), e.setdefault("z", 26), e)
print({k: v for k, v in e.items() if v % 2 == 0})
print(1 in {1.0: "x"}, {True: "t"}.get(1))
inv = {v: k for k, v in e.items()}
print(inv)
