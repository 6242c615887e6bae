# string-heavy hot loops: concatenation, join, formatting, slicing, methods, and a str subclass entering mid-loop
class Loud(str):
    def __add__(self, o):
        return Loud(str.__add__(self, o.upper() if isinstance(o, str) else str(o)))
s = ""
for i in range(20000):
    if i == 15000:
        s = Loud(s[-10:])
    s = s + "abcdefghij"[i % 10]
print(len(s), s[-20:], type(s).__name__)
parts = []
for i in range(20000):
    parts.append(f"{i:04x}" if i % 2 else str(i))
joined = ",".join(parts)
print(len(joined), joined[:30], joined[-20:])
count = 0
text = "the quick brown fox jumps over the lazy dog " * 10
for i in range(12000):
    w = text[i % len(text):i % len(text) + 5]
    if w.strip().isalpha():
        count += len(w.split())
    if "o" in w:
        count += w.count("o")
print(count)
acc = 0
for i in range(20000):
    t = "%d-%s-%.2f" % (i, i % 7, i / 3)
    acc += len(t) + ord(t[-1])
print(acc)
tab = {}
for i in range(20000):
    k = chr(97 + i % 26) * (1 + i % 3)
    tab[k] = tab.get(k, 0) + 1
print(len(tab), sorted(tab.items())[:3])
r = "x"
for i in range(30):
    r = r.replace("x", "xy", 1) if i % 2 else r + "x"
print(r, r.upper().count("XY"))
