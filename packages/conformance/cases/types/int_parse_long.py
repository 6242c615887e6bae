# int(str, base) for long literals in every base (the chunked divide-and-
# conquer conversion), with signs, underscores, whitespace and Unicode
# digits; round trips through str/hex/oct/bin and base 36.
import random

random.seed(7)
DIG = "0123456789abcdefghijklmnopqrstuvwxyz"
total = 0
for base in (2, 3, 5, 7, 8, 10, 12, 16, 31, 36):
    for n in (1, 9, 10, 11, 15, 16, 17, 40, 41, 200, 999, 1500):
        s = "".join(random.choice(DIG[:base]) for _ in range(n))
        v = int(s, base)
        neg = int("-" + s, base)
        assert neg == -v
        total = (total * 31 + v % 1000003 + v.bit_length()) % (1 << 61)
print(total)

v = 3 ** 4000
for text, base in [(str(v), 10), (hex(v), 16), (hex(v), 0), (oct(v), 0), (bin(v), 0)]:
    print(base, int(text, base) == v)
print(int("  -" + "9" * 100 + "  ") == -(10 ** 100 - 1))
print(int("1_" * 60 + "1") == int("1" * 61))
print(int("٣" * 40) == int("3" * 40))
print(int("z" * 300, 36) == 36 ** 300 - 1)
print(int("0" * 500 + "12345678901234567890") == 12345678901234567890)
for bad in ["1" * 50 + "x", "1__0" + "0" * 30, "_" + "1" * 30, "0x" + "g" * 30]:
    try:
        int(bad, 0 if bad.startswith("0x") else 10)
    except ValueError as e:
        print(str(e)[:60])
