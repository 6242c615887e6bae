# Edge cases: empty-match iteration, scoped flags, unsupported syntax, cache, pos/endpos, astral text
import re

print(re.sub("x*?", "-", "axxb"), re.findall("a*?", "baa"), re.split("a*?", "baab"))
print(re.findall(r"(?:a|)", "aab"), re.sub(r"(?:|a)", "-", "aab"), re.findall(r"\b|x", "ax b"))
print([m.span() for m in re.finditer(r"(?=a)|a", "aa")], re.subn(r"$|\n", "#", "a\nb\n"))
print(re.findall(r"(?i:AB)c", "abc ABc abC"), re.findall(r"(?i)(?-i:a)B", "ab aB Ab"), re.findall(r"(?i:[^a])x", "Ax bx BX"))
print(re.findall(r"(?m:^a)|b$", "a\nab\nb"), re.findall(r"(?a:\w+)\w", "\u00e9t\u00e9 abc"), re.findall(r"(?x: a b )c", "abc"))
print(re.findall(r"[\b]", "a\bb"), re.findall(r"[\101-\103]+", "ABCD"), re.findall(r"[\s\S]", "a\n"), re.findall(r"[^\s]+", "a b"))
print(re.findall(r"\w+", "\U0001d400bc x\U0001f600y"), [m.span() for m in re.finditer(r"\S+", "\U0001f600 ab \U0001f600c")])
print(re.search(r"(?<=\U0001f600)a", "\U0001f600a").span(), re.compile("a").search("\U0001f600\U0001f600a", 2).span())
print(re.compile(r"\d").findall("1234567", 2, 5), re.compile(r"^\d").findall("12", 1), re.compile(r"\d$").search("12a", 0, 2))
print(re.compile("a").match("ba", -5), re.compile("a").search("ba", 1, 100).span(), re.compile("a").search("ab", 1, 0))
print(re.match(r"(?P<a>.)(?P<b>.)?", "x").groupdict("?"), re.match(r"(a)|(b)", "b").span(1), re.match("(a)|(b)", "b").lastindex)
print(re.compile(r"a++b").findall("aab ab b"), re.findall(r"(?>a|ab)c", "abc ac"), re.findall(r"x?+x", "xx"))
print(re.compile("a", re.I) is re.compile("a", re.I), re.compile("a") is re.compile("a", re.I))
print(re.sub(r"(\w)", r"\g<1>\g<1>", "ab"), re.sub(r"a", r"\\", "a"), re.sub("a", "\\\\n", "a"), re.sub("a", r"\&", "a"))
print(re.sub(r"(?P<x>a)", r"\g<x>\g<0>", "a"), re.sub("(a)(b)?", r"[\2]", "a"), re.sub("a", r"\0", "a") == "\x00")
print(re.split(r"(?:,)", "a,b,,c"), re.split(",", "a,b,c", maxsplit=-1), re.split("(,)?x", "axb,xc"))
print(re.fullmatch(r"\d+", "123\n"), re.match(r"\d+$", "123\n"), re.search(r"\Z", "ab\n").span())
print(re.findall(r"[-a]", "-a"), re.findall(r"[a-]", "-a"), re.findall(r"[\d-]+", "1-2"), re.findall(r"[!-$]+", "a!#$"))
print(re.findall(r"\(\[\{", "([{"), re.findall(r"a{1}b{0}c", "abcac"), re.findall(r"a{ 1}", "a{ 1}"), re.findall(r"x{0}", "x"))
try:
    re.compile(r"(?(1)a|b)")
except re.error as e:
    print("re.error", e)
