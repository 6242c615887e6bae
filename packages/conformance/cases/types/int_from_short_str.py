# int(s) of short decimal strings (fast path) and of everything it must not take: signs,
# spaces, underscores, non-ASCII digits, 16+ digits, empty, prefixes.
tests = ["0", "7", "007", "123456789012345", "1234567890123456", "99999999999999999999", " 12", "12 ", "1_000", "-5", "+5",
         "١٢٣", "12a", "", "0x10", "٣", "9" * 15, "0" * 15]
for t in tests:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
s = 0
for i in range(5000):
    s += int(str(i * 7919)) + int(str(i)[::-1])
print(s)
