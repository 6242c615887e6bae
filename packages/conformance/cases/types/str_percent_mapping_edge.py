# printf-style % formatting edge cases: mapping keys, * width/precision, %c, %r/%a, flags, and error messages
print("%(name)s is %(age)d years, %(age)05.1f" % {"name": "Ann", "age": 7})
print("%*d|%-*d|%.*f|%*.*s|" % (5, 42, 4, 7, 2, 3.14159, 6, 2, "abcdef"))
print("%c%c%c" % (72, "i", 0x1F600), "%r %a %s" % ("é", "é", "é"), "%5r|%-6a|" % ("x", "y"))
print("%+d % d %+.2e %#o %#x %#X %x" % (5, 5, 12345.678, 8, 255, 255, -255))
print("%05d|%-5d|%5s|%-5s|%05.1f|%.0f|%.3s" % (-42, 42, "ab", "ab", -2.5, 2.5, "abcdef"))
print("%i %u %g %G %e %E %%" % (3, 4, 1e-5, 1e20, 0.5, 0.5))
print("%s %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%s" % [1, 2], "%d%%" % 50, "%.2f%%" % 99.5)
print("%(a)s %(a)r %(b)s" % {"a": "x", "b": [1]}, "%()s" % {"": "empty key"}, "%s" % {"k": 1})
print("%x %o %d" % (2 ** 70, 2 ** 70, -(2 ** 70)), "%d %i" % (3.99, -3.99), "%s" % None, "%.3g" % 1234.5)
class P:
    def __str__(self): return "P-str"
    def __repr__(self): return "P-repr"
    def __index__(self): return 65
    def __int__(self): return 66
    def __float__(self): return 1.5
print("%s %r %d %x %c %f" % (P(), P(), P(), P(), P(), P()))
errors = [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%(k)s" % {},
          lambda: "%(k)s" % ("t",), lambda: "%c" % "ab", lambda: "%c" % -1, lambda: "%z" % 1, lambda: "%" % (),
          lambda: "%*d" % ("a", 1), lambda: "%x" % 1.5, lambda: "%.*f" % (1,), lambda: "%d" % None]
for e in errors:
    try:
        print("no error:", e())
    except (TypeError, ValueError, KeyError, OverflowError) as ex:
        print(type(ex).__name__ + ":", ex)
print("%s" % "only", "%s %s" % ("a", "b"), "no args" % (), "%-+8.2f|" % 3.14159, "% 05d" % 42)
print(b"%s %d %x %c" % (b"by", 5, 255, 65), "%s" % b"b", "%a" % "\u2603", "%.1s" % "xyz")
print("%#.3g %#.0e %.0e %g %g" % (1.0, 5.0, 5.0, 100000.0, 1000000.0), "%10.4s|" % "abcdefg")
