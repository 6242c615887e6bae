# str with astral characters: len/index/slice/find/iteration use code points; BMP strings take the fast path (cached scan)
s = "ab\U0001F600cd" * 20
print(len(s), s[2], s[3], s[-3], s[99], s[2:7], s[::25], s.find("c"), s.find("c", 10), s.rfind("\U0001F600"), s.index("d", 50))
print([s[i] for i in range(0, len(s), 17)])
b = "plain ascii text " * 10
print(len(b), b[5], b[-1], b[10:20], b.find("text", 30), b.count("a"))
t = "x" * 40 + "\U0001F40D" + "y" * 40
for i in (39, 40, 41, -41, -40):
    print(i, t[i])
print(len(t), t.index("y"), t[38:43], list(reversed(t[39:42])))
mixed = [s, b, t, s]
print([len(m) for m in mixed], [m[40] for m in mixed])
try:
    s[1000]
except IndexError as e:
    print("IndexError:", e)
lone = "a\ud800b" * 12
print(len(lone), repr(lone[1]), lone[2])
print(sum(1 for _ in s), len(list(s)), "".join(reversed(s))[:6] == "dc\U0001F600ba"[:6])
