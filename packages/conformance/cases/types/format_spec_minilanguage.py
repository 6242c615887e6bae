# the format-spec mini-language across int, float, str: fill/align/sign/#/0/width/grouping/precision/type
specs_int = ["", "d", "5d", "<5", ">5", "^5", "*^7", "+d", " d", "-d", "05d", "=+8", "x", "X", "#x", "#X", "o", "#o",
             "b", "#010b", ",", "_", "_x", "_b", "c", "n", "e", ".2f", "%", "g", "#08x", "+#x"]
for spec in specs_int:
    print(f"int {spec!r:8}", repr(format(42, spec)), repr(format(-1234567, spec)) if spec != "c" else "")
specs_float = ["", "f", ".0f", ".3f", "10.2f", "<10.2f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f",
               "_.1f", "+.1f", "010.3f", "#.0f", ".0e", "#g", "n", "=+10.1f", " .2f", ".10g", "a>9.1f"]
for spec in specs_float:
    print(f"float {spec!r:8}", repr(format(1234.5678, spec)), repr(format(-0.00012345, spec)))
print([format(x, "g") for x in [1e-5, 1e-4, 123456.0, 1234567.0, 0.0, -0.0, 1e16, 100.0]])
print([format(x, ".2") for x in [1234.5, 0.1, 15.0]], format(1e200, ".3"), format(3.0, ""), format(2.5, ".0f"))
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "=^9.4"]:
    print(f"str {spec!r:7}", repr(format("python", spec)))
print(format(float("inf"), "f"), format(float("-inf"), "+.2e"), format(float("nan"), "F"), format(float("inf"), "010"))
for value, spec in [("s", "d"), (1.5, "d"), (3, "s"), ("x", ","), (10, ".2d"), (1, "z"), (5, "=s") if False else ("a", "=5"), (2, ",_")]:
    try:
        format(value, spec)
        print("ok", value, spec)
    except ValueError as e:
        print("ValueError:", e)
print("{:,}".format(10 ** 12), "{:_}".format(0.5), "{:>+8.3f}".format(3.14159), "{:^#12b}".format(5))
print("{0:{1}{2}}".format(7, ">", 5), "{:{}}".format("w", 4) + "|", "{:{fill}^{w}}".format("c", fill="-", w=7))
print(format(True), format(True, "d"), format(True, ">5"), format(None), format(1j, ">8"), format(1 + 2j, ".1f"))
print(format(123, "c"), format(0x1F600, "c"), format(-42, "#b"), format(2 ** 64, "#_x"))
