# hot comparison and arithmetic paths mixing bool, int, float and objects with __eq__/__lt__ swapped in mid-loop
vals = [True, 1, 1.0, 0, False, -1, 2 ** 64, 0.5]
eq = lt = 0
for i in range(40000):
    a = vals[i % 8]
    b = vals[(i // 8) % 8]
    if a == b: eq += 1
    if a < b: lt += 1
print(eq, lt)
s = 0
for i in range(30000):
    b = i % 3 == 0
    s += b + (i % 5 == 0) * 2 - (not b)
print(s)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    def __lt__(self, o): return self.v < getattr(o, "v", o)
    __hash__ = None
objs = [Num(i % 10) for i in range(100)]
c = 0
for i in range(30000):
    o = objs[i % 100]
    if o == 5: c += 1
    if o < 3: c += 10
    if i == 15000:
        Num.__lt__ = lambda self, o: False
        Num.__eq__ = lambda self, o: True
print(c)
m = 0
for i in range(20000):
    x = i if i % 2 else float(i)
    y = 10000 if i < 10000 else True
    m += (x > y) + (x == y) * 3 + max(x, y) % 7
print(m)
srt = sorted([(i % 3 == 0, -i % 7, i) for i in range(3000)])
print(srt[:3], srt[-2:])
