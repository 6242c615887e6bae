# re.error messages and positions for common mistakes
import re

bad = [
    "(abc", "abc)", "*a", "a**", "a+*", "?", "+", "{1}", "a{3,2}", "[abc", "[z-a]", r"[\w-z]",
    r"\q", "\\", r"(?P<1>x)", r"(?P<a>x)(?P<a>y)", r"(?P=nope)", r"(?P<a", r"(?P<>x)", r"(?P",
    r"(a)\2", r"(a\1)", r"(?<n>x)", r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!x*)y", "(?", "(?z)", "(?i",
    "a(?i)b", r"\x4", r"\u12", r"\400", "(?#abc", "^*", "$+", r"\b*", "(?i-i:a)", "(?-a:x)",
    "(?P=", "a\n(b", "x)\ny",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile("x{99999999999}")
except OverflowError as e:
    print("OverflowError", e)
try:
    re.compile(b"(x")
except re.error as e:
    print(e, e.pattern)
for f in [lambda: re.compile("x", re.A | re.U), lambda: re.compile("x", re.L), lambda: re.compile(b"x", re.U),
          lambda: re.compile(re.compile("x"), re.I), lambda: re.compile(5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
