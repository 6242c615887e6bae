# every public str method called at least once, with the argument forms (start/end, maxsplit, chars, tabsize, keepends) and errors
import sys
s = "Hello, World! hello"
calls = [
    ("capitalize", ()), ("casefold", ()), ("center", (25, "*")), ("count", ("l",)), ("count", ("l", 3, -2)),
    ("encode", ()), ("encode", ("ascii", "replace")), ("endswith", ("llo",)), ("endswith", (("x", "llo"), 0, 5)),
    ("expandtabs", ()), ("find", ("o",)), ("find", ("o", 5, 9)), ("format", ()), ("index", ("W",)),
    ("isalnum", ()), ("isalpha", ()), ("isascii", ()), ("isdecimal", ()), ("isdigit", ()), ("isidentifier", ()),
    ("islower", ()), ("isnumeric", ()), ("isprintable", ()), ("isspace", ()), ("istitle", ()), ("isupper", ()),
    ("ljust", (22, ".")), ("lower", ()), ("lstrip", ("Hel",)), ("partition", (", ",)), ("removeprefix", ("Hello",)),
    ("removesuffix", ("hello",)), ("replace", ("l", "L", 2)), ("rfind", ("l",)), ("rindex", ("o", 0, 10)),
    ("rjust", (22,)), ("rpartition", ("o",)), ("rsplit", (" ", 1)), ("rstrip", ("ol",)), ("split", ()),
    ("split", (",",)), ("splitlines", ()), ("startswith", ("Hell",)), ("startswith", ("World", 7)), ("strip", ("Hhleo",)),
    ("swapcase", ()), ("title", ()), ("translate", ({ord("l"): "1", ord("o"): None},)), ("upper", ()), ("zfill", (25,)),
]
for name, args in calls:
    print(name, args, repr(getattr(s, name)(*args)))
print(str.maketrans("abc", "xyz"), str.maketrans("ab", "cd", "e"), str.maketrans({"a": "1", 98: None}))
print("a-b-c".translate(str.maketrans("-", "+", "a")))
print("a\tbc\td\n12345\t6".expandtabs(), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
print("line1\nline2\r\nline3\rline4\x0bline5\x1c6\u2028x".splitlines())
print("line1\nline2\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("  a  b  c  ".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "a,b,,c".split(",", -1))
print("abc".split("b", 0), "".split(), "".split(","), "a b".rsplit(maxsplit=0))
print("{} and {}".format("x", "y"), "{1}{0}{1}".format("a", "b"), "{name:>6}|{0:<3}|".format(7, name="n"))
print("{0[1]} {2[k]!r} {1.real}".format([1, 2], 3, {"k": "v"}), "{:{w}.{p}f}".format(3.14159, w=9, p=2))
print("{x}".format_map({"x": 5}))
class Miss(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(Miss(a=1)))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "Σ".lower(), "ΑΣ".lower())
print("hello world".title(), "they're bill's".title(), "ǆemal".title(), "12abc".capitalize(), "aBC".capitalize())
print("abc".center(6), "abc".center(7, "-"), repr("abc".center(2)), "ab".ljust(5, "é"), "-42".zfill(6), "+7".zfill(4), "".zfill(3))
print("٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit(), "Ⅻ".isnumeric())
print("abc1".isalnum(), "".isalnum(), "a b".isalpha(), "_x1".isidentifier(), "1x".isidentifier(), "class".isidentifier())
print("\t\n ".isspace(), "".isspace(), "Ab Cd".istitle(), "AB1".isupper(), "ab1".islower(), "1".islower())
print("a\x7f".isprintable(), "é".isascii(), "".isascii(), "\u00a0".isspace(), "\u00a0".isprintable())
print("abc".removeprefix(""), "abc".removeprefix("abcd"), "abcabc".replace("", "-"), "aaa".replace("a", "b", 0))
print("a".join(["x", "y", "z"]), "".join([]), ", ".join(map(str, range(3))))
for bad in [lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".join([1]), lambda: "x".center(5, "ab"),
            lambda: "x".split(""), lambda: "x".startswith(["x"]), lambda: "x".count(), lambda: "{} {}".format(1),
            lambda: "{0} {}".format(1, 2), lambda: "{a}".format(), lambda: "x".encode("nope"), lambda: "é".encode("ascii"),
            lambda: str.maketrans("ab", "c"), lambda: "x".replace("x"), lambda: "a".partition("")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print("x".__len__(), "ab".__contains__("b"), "ab".__getitem__(-1), "ab" * 3, 3 * "ab", "ab" < "b", "ab".__mul__(2))
print(repr("é".encode()), repr("é".encode("latin-1")), repr("é€".encode("utf-16-le")), repr("aé".encode("ascii", "ignore")))
print(repr("aé".encode("ascii", "xmlcharrefreplace")), repr("aé".encode("ascii", "backslashreplace")))
print(str(b"abc", "ascii"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
