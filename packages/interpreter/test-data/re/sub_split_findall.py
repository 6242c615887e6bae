# sub/subn templates and callables, split, findall, empty-match rules (3.7+)
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>;\g<0>;\g<1>", "a=1 b=2"))
print(re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub("x", r"\d", "x")) if False else "", re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d", lambda m: "<" + m.group() + ">", "a1b2"), re.subn(r"\d", "#", "1a2b3", count=2))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"), re.sub("a|", "-", "bab"))
print(re.sub(r"x*?", "-", "x"), re.sub("(?:)", "+", ""), re.subn("", "", "ab"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", flags=re.I))
print(re.split(r"(\W+)", "...words, words..."), re.split(r"\b", "a b"), re.split(r"x*", "axbc"))
print(re.split(r"(a)|(b)", "1a2b3"), re.split("", "abc"), re.split(r"(?=x)", "axbxc"))
print(re.findall(r"\w+", "hello big world"), re.findall(r"(\w)=(\d)?", "a=1 b= c=3"), re.findall(r"(\d)", "a1b2"))
print(re.findall("", "ab"), re.findall(r"\b", "ab cd"), re.findall(r"a*", "baaac"), re.findall(r"a|", "bab"))
print([m.span() for m in re.finditer(r"\d*", "a12b")], [m.group() for m in re.finditer("(?:)|a", "aa")])
print(re.escape("a.b*c?[d]{e}(f)|g^h$i\\j k#l&m~n-o"), re.escape("héllo_123"), re.escape(b"a.b"))
print(re.purge(), re.sub("a", "b", "aaa", 0), re.sub(r"(\d+)", r"\1\1", "12 3"))
for tmpl in [r"\g<2>", r"\g<x>", r"\g", r"\g<", r"\g<1", r"\q", "\\", r"\9", r"\g<-1>"]:
    try:
        print(re.sub(r"(a)", tmpl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub(b"a(.)", rb"<\1>", b"xaybaz"), re.findall(rb"\w+", b"ab cd"), re.split(rb",", b"a,b"))
print(re.match(rb"(?P<n>\d+)", b"42x").groupdict(), re.search(rb"\s", b"a b").span())
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError", e)
