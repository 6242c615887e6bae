# remaining str methods: center/ljust/rjust/zfill, casefold, title/capitalize/swapcase, isX edge cases, encode
s = "hello"
print(repr(s.center(11, "*")), repr(s.center(10)), repr(s.ljust(8, ".")), repr(s.rjust(8)), repr(s.center(2)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(5), "".zfill(3), "-".zfill(3))
try:
    s.center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
print("Straße".casefold(), "Straße".lower(), "Straße".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("hello world-foo bar's".title(), "HELLO wORLD".capitalize(), "Hello World".swapcase(), "ß".swapcase())
print("they're bill's friends".title(), "  lead".capitalize(), "123abc".title(), "aBC dEF".title())
tests = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", " \t\n", "a b", "Title Case", "_id", "id1",
         "1id", "class", "Ünï", "\x00", "\u00a0"]
for t in tests:
    print(repr(t), [m for m in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower",
                                "isupper", "istitle", "isidentifier", "isprintable", "isascii"] if getattr(t, m)()])
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "€".encode("utf-16-le"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"h\xc3\xa9llo".decode(), b"h\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"xy"), encoding="utf-8"))
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "a" + "b", "abc"[::-1], min("hello"), max("hello"), sorted("cab"))
print("%s" % "x", "a" < "b" < "ba", "Z" < "a", "é" > "z", "abc".__len__(), "abc".__contains__("b"), str.lower("ABC"))
print("{} {}".format("abc".isupper(), "ABC1".isupper()), "x".join("ab").upper(), "ab".__mul__(2))
print("  ".join(["a", "b"]).split(" "), "a\u2003b".split(), "a\x1cb".split(), "1\u2028 2".splitlines())
