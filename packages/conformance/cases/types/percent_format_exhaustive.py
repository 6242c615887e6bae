# printf-style %-formatting: every conversion with flags/width/precision, tuple vs single vs mapping args, and errors
vals = [0, 7, -7, 255, 2 ** 64, 3.75, -0.5, 1e-5, 1e20, True]
convs = ["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "s", "r", "a"]
flags = ["", "#", "0", "-", "+", " ", "#0", "-+", "0+"]
for v in vals:
    row = []
    for c in convs:
        for fl in flags:
            for wp in ["", "8", ".3", "10.2", "*", "*.*"]:
                spec = "%" + fl + wp + c
                try:
                    if wp == "*":
                        row.append(spec % (6, v))
                    elif wp == "*.*":
                        row.append(spec % (9, 2, v))
                    else:
                        row.append(spec % v)
                except Exception as e:
                    row.append(type(e).__name__)
    print(repr(v), len(row), "|".join(row))
print("%c%c%c" % (65, "é", 0x1F600), "%5c|%-3c|" % ("x", 66), "%%|%%|" % (), "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(a)s %(b)r %(a)5d %%" % {"a": 3, "b": "q"}, "%s" % [1], "%r" % "x", "%a" % "é", "%.2s" % "abc", "%-6s|" % "ab")
print("%x %X %o" % (-255, -255, -8), "%#x %#o %#X" % (0, 0, 0), "%e" % 0, "%g %g %g" % (1e-5, 123456789, 0.0001), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%5.1f%%" % 99.55, "%d" % 3.99, "%x" % True, "%i" % -0.0, "%s" % None, "%.3g" % 2.5e-10, "%+.2e" % -1234.5, "%#g" % 1.0, "%#.3x" % 5)
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
    def __index__(self): return 9
    def __float__(self): return 2.5
print("%s %r %d %x %f %o" % (S(), S(), S(), S(), S(), S()))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%(a)s", {}), ("%z", 1), ("%c", 1114112),
                  ("%c", "ab"), ("%x", 1.5), ("%s %", (1,)), ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("%(a", {"a": 1}), ("%f", "1"),
                  ("%d" , []), ("abc", 5), ("abc", ()), ("%s", ()), ("%c", -1), ("%o", 2.0)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % {}, "abc" % [], "%s" % {"k": 1}, "%(k)s" % {"k": 1})
