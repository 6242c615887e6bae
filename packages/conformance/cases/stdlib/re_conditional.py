# re conditional groups (?(id)yes|no) / (?(name)yes|no) and \N{NAME} escapes
import re
tests = [
    (r"(a)?(?(1)b|c)", ["ab", "c", "ac", "b", "xab"]),
    (r"^(<)?\w+(?(1)>)$", ["<user>", "user", "<user", "user>"]),
    (r"(?P<q>['\"])?\w+(?(q)(?P=q))", ["'abc'", "abc", "\"x\"", "'y"]),
    (r"(a)?(?(1)b)c", ["abc", "c", "bc"]),
    (r"(\()?\d+(?(1)\))", ["(12)", "12", "(12", "x(3)"]),
    (r"(x)?(?(1)|y)z", ["xz", "yz", "z"]),
    (r"(?:(a)|b)(?(1)A|B)", ["aA", "bB", "aB", "bA"]),
]
for pat, subjects in tests:
    rx = re.compile(pat)
    for s in subjects:
        m = rx.search(s)
        print(pat, repr(s), m and (m.group(0), m.groups()))
print(re.findall(r"(a)?(?(1)b|c)", "ab c ac abc"))
print(re.sub(r"(<)?(\w+)(?(1)>)", r"[\2]", "<a> b <c"))
for bad in [r"(a)(?(1)b|c|d)", r"(a)(?(2)b)", r"(?(0)a)", r"(?(x)a)", r"(a)(?(1)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
print(re.findall(r"\N{DIGIT ONE}+", "11 1 2"), re.findall(r"x\N{EM DASH}y", "x—y"), re.findall(r"[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+", "abcd"))
for bad in [r"\N{NO SUCH NAME}", r"\N", r"\N{"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
