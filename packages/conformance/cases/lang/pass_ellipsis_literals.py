# pass, Ellipsis, and literal forms: numeric underscores/bases/exponents, string prefixes and concatenation
def empty():
    pass
class Empty:
    pass
print(empty(), Empty.__name__)
def stub(): ...
print(stub(), ..., Ellipsis is ..., type(...).__name__)
print(1_000_000, 0x_ff, 0o17, 0b1010_1010, 0XAB, 0O7, 0B1)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 0.000_1, 1e308 * 10, -1e-400)
print(3j, 1.5j, 2e2j, (1+2j).imag, 0j == 0)
print("a" "b" 'c', """tri"ple""", '''single'"quote''')
print(r"raw\n\t", R"\d+", b"bytes\x00", rb"\x00", Br"raw")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\60end")
print("tab\there", "nl\\n", 'it\'s', "q\"q")
print(len("\n"), len(r"\n"), len(b"\xff"), len("\u1234"))
print(True + True, False * 10, None is None, NotImplemented.__class__.__name__)
print(0 == -0, 0.0 == -0.0, repr(-0.0), 00, 0_0)
for code in ["012", "1__0", "0x", "1_", "0b2", "1e", "0o8"]:
    try:
        eval(code)
        print("ok", code)
    except SyntaxError as e:
        print("SyntaxError", repr(code), e.msg)
x = (1)
y = (1,)
z = ()
print(type(x).__name__, type(y).__name__, z, [], {}, set(), {1}, {1: 2})
print([1, 2, 3,], (1, 2,), {"a": 1,})
print(1 if True else 2, not 0, -(-3), +4, ~5)
print(2 ** -1, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 2 * 3 % 4)
print(1 < 2 == 2 > 1, 1 < 3 < 2, "a" < "b" < "c", [1] == [1] != [2])
print(not 1 == 2, (not 1) == 2, 1 + 2 * 3 << 1, 1 | 2 ^ 3 & 4, -7 // 2 * 2)
print(0 or "", "" or 0, 1 and [], [] and 1, None or False or 0 or "last")
while False:
    pass
else:
    pass
if True:
    pass
print("end")
