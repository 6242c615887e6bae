# re: match/search/fullmatch, groups (named, optional), findall/finditer, sub with groups and functions, split, flags
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com is here")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2), m.string[:5])
print(re.match(r"\d+", "abc 123"), re.search(r"\d+", "abc 123").group(), re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
d = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "on 2024-03-09!")
print(d.group("year"), d["month"], d.groupdict(), d.lastgroup, d.span("day"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"x*", "axxb"))
print([(m.group(), m.start()) for m in re.finditer(r"[aeiou]+", "beautiful queue")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"), re.subn(r"o", "0", "foo boo"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "x y"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"\s", "a b c", maxsplit=1), re.split(r"x*", "abc"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"HELLO", "hello Hello", re.I))
pat = re.compile(r"""
    (?P<key>[a-z]+)   # key
    \s*=\s*
    (?P<val>\d+)      # value
""", re.VERBOSE)
print(pat.findall("a = 1, bb=22"), pat.pattern.count("\n") > 0, pat.flags & re.VERBOSE != 0, pat.groups, pat.groupindex)
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.search(r"(a)|(b)", "b").group(1))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"(?<=\$)\d+", "cost $45 and $7"), re.findall(r"\w+(?=!)", "hi! there yo!"))
print(re.findall(r"(?:ab)+", "ababxab"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a+?", "aaa"), re.findall(r"<.*?>", "<a><b>"))
print(re.escape("1+1=2? (yes)"), re.findall(r"[^\W\d_]+", "ab_12cd"), re.findall(r"\S+", " x  yz "), re.findall(r"(\d)\1", "112334"))
print(re.match(r"(?i)abc", "ABC") is not None, re.findall(r"[\u00e0-\u00ff]", "café naïve"), re.findall(r"\d", "٣4"))
for bad in [r"(unclosed", r"*bad", r"[z-a]", r"(?P<1>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
m2 = re.match(r"(\d+)\.(\d+)", "3.14")
print(m2.expand(r"\2.\1"), m2.group(0, 1, 2), m2.pos, m2.endpos, m2.re.pattern, bool(re.match("", "x")))
print(re.sub(r"(?m)^", "> ", "l1\nl2"), re.sub(r"$", "!", "end"), re.sub("", "-", "abc"))
