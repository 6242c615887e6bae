# format-spec mini-language exhaustively: every type letter x fill/align/sign/#/0/width/,/_/precision on int, float, str, bool, None, complex, and the errors
ints = [0, 5, -5, 255, -255, 123456789, 2 ** 64, True]
specs = ["", "b", "#b", "c", "d", "n", "o", "#o", "x", "#x", "X", "#X", "e", "E", "f", "F", "g", "G", "%", "_b", "_x",
         ",", "_", "+,", " 12,", "012,", "#012x", "<8", ">8", "^8", "=8", "*^9", "0>8", "-^+9", "+09", "010_"]
for v in ints:
    print(repr(v), [format(v, s) for s in specs if not (s in ("c",) and (v < 0 or v > 0x10FFFF))])
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, 3.0, float("inf"), float("-inf"), float("nan"), 0.125, 2.5, 1 / 3]
fspecs = ["", "e", ".2e", "E", ".0e", "#.0e", "f", ".0f", "#.0f", ".3f", "F", "g", ".3g", "#g", "#.3g", "G", ".10g", "n",
          "%", ".1%", ",", ",.2f", "_.3f", "+", " ", "+.1f", "012.3f", "<12", ">12.2f", "^12.1e", "=+12.2f", "*<10g", "0=12", ".0", ".1", "z.1f", "010,.2f", ".20f", ".17g"]
for v in floats:
    print(repr(v), [format(v, s) for s in fspecs])
strs = ["", "abc", "héllo", "\U0001F600x"]
sspecs = ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "8.3", "_>6", "0>5"]
for v in strs:
    print(repr(v), [format(v, s) for s in sspecs])
print([format(c, s) for c in [1 + 2j, -1.5j, complex(1e20, -3)] for s in ["", ".2f", "+.1e", "^20", ".3g", "g"]])
print(format(None), format(None, ""), format(True), format(False, "d"), format(True, "^6"), format(3, "06.2f"), format(-0.0, "z.0f"))
print(f"{12345.6789:,.2f} {255:#010b} {3.14159:{'>'}{10}.{3}} {'x':{'^'}{5}} {1e100:.3e} {-1234:_} {2**70:,}")
print("{:%} {:.0%} {:e} {:g} {:g} {:g} {:g}".format(0.5, 0.125, 0, 1e-5, 1e-4, 123456, 1234567))
for bad in [(1, "s"), (1.5, "d"), ("x", "d"), ("x", "+"), ("x", "="), (1, ".2"), (1, "z"), ("x", ","), (1, ",_"), (1, "c,"),
            (-1, "c"), (1.5, "c"), (1, "#c"), (None, "d"), (1, "10.2x"), ("s", "#"), (1 + 1j, "="), (1 + 1j, "0"), (1, "=<5"), (1, "Q")]:
    try:
        print(repr(format(*bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(format(P(), "xyz"), f"{P():abc}", "{:q}".format(P()), f"{P()!r:>1}"[:3])
try:
    format(object(), "d")
except TypeError as e:
    print(e)
