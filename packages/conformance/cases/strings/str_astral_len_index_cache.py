# len / indexing / slicing / find on strings with and without astral
# characters, alternating between several long and short strings (the
# runtime remembers recent strings' code-point layout), plus lone surrogates.
a = "alpha,beta,gamma,delta," * 3 + "\U0001F600 end"
b = "plain ascii text that is long enough to be remembered ........"
c = "x\U0001F40Dy" * 12
d = "\U0001F600"
e = "ab\ud800cd"  # a lone surrogate: one code point
f = "caf\u00e9 na\u00efve r\u00e9sum\u00e9 " * 3
out = []
for i in range(6):
    for s in (a, b, c, a, c, b, d, e, f, "abc", "abcdefghi", "\U0001F600\U0001F601"):
        n = len(s)
        out.append((n, s[i % n], s[-1 - (i % n)], s[i:i + 3], s.find("\U0001F600"), s[::5][:4]))
print(len(out))
for row in out[:14]:
    print(row)
print(out[-1])
print(sum(r[0] for r in out), [len(x) for x in (a, b, c, d, e, f)])
print([ord(ch) for ch in c[:6]], list(reversed(c[:4])), c.count("\U0001F40D"), c.index("y", 5))
mixed = [a[:30], a, c[:7], b, c]
print([len(x) for x in mixed * 3], [x[5] for x in mixed])
# `in` never matches half of a surrogate pair
smile = "a\U0001F600b"
print("\ud83d" in smile, "\ude00" in smile, "\U0001F600" in smile, "a\ud83d" in smile, "\ud83d" in "a\ud83db")
print(smile.__contains__("\ude00"), "x\ud83d".__contains__("\ud83d"), [ch in "+-*/%" for ch in "a+/%z"])
