# Match and Pattern objects: groups, spans, lastindex/lastgroup, repr, pos/endpos
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe, 42")
print(m)
print(m.group(), m.group(0), m.group(1, 2), m.group("first", 2), m[0], m["last"], m[1])
print(m.groups(), m.groupdict(), m.span(), m.span(1), m.start("last"), m.end("last"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
print(bool(m), m.expand(r"\g<last>, \g<first> (\g<0>) \2\n|"))
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)

m = re.search(r"(a)(b)?(c)?", "xac")
print(m.groups(), m.groups(0), m.groupdict(), m.span(2), m.start(2), m.lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)()", "a").lastindex)
print(re.match(r"(?P<outer>(?P<inner>x))", "x").lastgroup, re.match(r"x", "x").lastindex)

p = re.compile(r"\d+")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r"a+", re.I | re.M), re.compile(r"(?i)x"), re.compile(r"x", re.A), re.compile(b"x"))
print(p.match("ab12", 2), p.match("ab12", 1), p.search("12ab34", 2), p.search("123456", 1, 3))
print(p.fullmatch("123"), p.fullmatch("123x"), p.fullmatch("x123x", 1, 4), p.findall("1a22b333", 2), p.findall("1a22b333", 0, 4))
print([m.span() for m in p.finditer("a1b22c333", 3)])
print(re.compile(r"^a").search("ba", 1), re.compile(r"a$").search("ab", 0, 1))
print(re.compile("x") == re.compile("x"), re.compile("x") is re.compile("x"), hash(re.compile("x")) == hash(re.compile("x")))
print(re.I, re.I | re.M, repr(re.S), int(re.X), re.NOFLAG, re.A.value)
print(re.match("a", "a").__class__.__name__, type(re.compile("a")).__name__)
m = re.match("(\u00e9+)(\U0001f600+)(x)", "\u00e9\u00e9\U0001f600\U0001f600\U0001f600x!")
print(m.span(), m.span(2), m.span(3), m.group(2) == "\U0001f600" * 3)
print([m.span() for m in re.finditer(r".", "a\U0001f600b")], re.search("b", "\U0001f600\U0001f600b").start())
print(re.sub("\U0001f600", "!", "x\U0001f600y\U0001f600"), re.split("\U0001f600", "a\U0001f600b"))
sc = re.compile(r"\w").scanner("ab c")
print(sc.match().group(), sc.match().group(), sc.match(), sc.search())
