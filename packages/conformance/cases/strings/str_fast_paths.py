# Edge cases of the str runtime's fast paths: fixed-point float formatting
# (exact ties round half-even), printf-style formatting over code units,
# one-character predicates, search windows, whitespace split, capitalize.

# ---- fixed-point formatting: ties, integral values, magnitudes ----
vals = [0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 2.675, 0.5, 1.5, -0.5, 99.995, 1e20, 1e21, 1.5e22,
        123456.789, 0.0001, 5e-324, 1e-7, -0.0, 0.0, 7.0, -7.0, 2**52 + 0.5, 2**53, 1234567890123.4567,
        0.045, 0.055, 1/3, 2/3, -1/3, 9.5, 10.5, 0.25, 0.75, 1e-5, 123.456e-10]
for v in vals:
    print(repr(v), [f"{v:.{n}f}" for n in (0, 1, 2, 3, 6)], "%.2f|%10.3f|%-8.1f|%+.0f|%#.0f" % (v, v, v, v, v))
print(f"{0.125:.120f}")
print(f"{-0.004:z.2f}", f"{-0.004:.2f}", f"{1e300:.2f}"[:20], f"{2.5:,.0f}", f"{12345.5:,.0f}")
print("%.3f%%" % 12.3455, "%5.1f%%" % 0.05, f"{0.125:.2%}")
x = 0.0
for i in range(2000):
    x += 0.00123 * (i % 17 - 8)
    s = f"{x:.3f}"
    if i % 250 == 0:
        print(s, "%.4f" % x)

# ---- printf-style formatting: astral and non-ASCII text around directives ----
print("😀%s😀%d—%r" % ("a", 42, "é"))
print("%s" % "😀", "%.1s|" % "😀x", "%3s|" % "é", "%-3s|" % "😀", "%c%c" % (128512, "😀"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%(a)s-%(b)05d" % {"a": "x😀", "b": 42})
for fmt, args in [("😀%😀", (1,)), ("ab%y", (1,)), ("%", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a", {"a": 1}),
                  ("%*d", ("x", 1)), ("%d", "x"), ("%c", "ab"), ("%", 1), ("abc%", ())]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# ---- predicates on one-character and longer strings ----
chars = ["a", "Z", "5", " ", "\t", "\x1c", "_", "é", "٣", "²", "½", "\u3000", "\ud800", "😀", "𝟘", "", "ab", "a1", "  ", "é5"]
for c in chars:
    print(ascii(c), c.isalpha(), c.isalnum(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace())

# ---- search windows with astral substrings on BMP strings ----
s = "abcabc"
print(s.find("😀"), s.rfind("😀"), s.count("😀"), s.find("c", 3), s.find("", 6), s.find("", 7), s.count("", 2, 4))
print("a😀b😀".find("😀", 2), "a😀b😀".count("😀"), "a😀b😀".rfind("b"), "a😀b😀".index("😀", -1))

# ---- whitespace split, capitalize ----
print("  a\x1cb\x1fc\x85d\xa0e\u3000f\u200bg  ".split())
print("a b  c ".rsplit(None, 1), " x  y ".split(None, 1))
for w in ["hello WORLD", "", "x", "ÉCOLE", "ǆemal", "ßa", "123abc", "aBc😀D"]:
    print(ascii(w.capitalize()))
