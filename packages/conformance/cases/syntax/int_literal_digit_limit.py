# Decimal int literals with more than 4300 digits (sys.int_info.default_max_str_digits)
# are a SyntaxError at compile time in CPython 3.11; hex/octal/binary literals,
# floats and imaginary literals are not limited, and underscores do not count.
import sys

print(sys.int_info.default_max_str_digits)


def try_compile(src, mode="exec"):
    try:
        code = compile(src, "<lit>", mode)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
        print("  at", e.lineno, e.offset, repr(e.text[:12]) if e.text else None)
        return None
    print("compiled ok")
    return code


try_compile("x = " + "1" * 4300)
try_compile("x = " + "1" * 4301)
try_compile("x = 1\ny = (2 +\n  " + "7" * 5000 + ")\n")
try_compile("x = 1_" + "1" * 4300)
try_compile("x = " + "1" * 4301 + ".5")
try_compile("x = " + "1" * 4301 + "j")
try_compile("x = " + "1" * 4301 + "e5")
code = try_compile("x = 0x" + "f" * 5000)
ns = {}
exec(code, ns)
print(ns["x"] % 1000003, ns["x"].bit_length())
try_compile("0b" + "1" * 20000, "eval")
try_compile("-" + "9" * 4301, "eval")
try:
    eval("9" * 4400)
except SyntaxError as e:
    print(type(e).__name__, e.msg[:60])
v = eval("9" * 4300)
print(len(str(v)))
