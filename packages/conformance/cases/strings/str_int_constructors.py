class S(str): pass
class T:
    def __str__(self): return "T!"
class U:
    def __str__(self): return S("sub")
class B:
    def __str__(self): return 3
print(str(5), str(-0), str(1.5), str(None), str("x"), repr(str(S("q"))), type(str(S("q"))).__name__, str(T()), str(b"ab"), str([1, "a"]))
try: str(B())
except TypeError as e: print(e)
for t in ["12", "-7", "+8", "-0", "007", " 42 ", "1_000", "٣", "123456789012345", "1234567890123456789", "", "-", "+", "4x", "0x10"]:
    try: print(repr(t), int(t))
    except ValueError as e: print(e)
print(S("abc"), type(S("abc")).__name__, int("12", 16), str(object="k"), str(b"ab", "ascii"))
try: str(1, 2, 3, 4)
except TypeError as e: print(e)
try: int("z", 10)
except ValueError as e: print(e)
class I(int): pass
class F:
    def __int__(self): return 9
class Ix:
    def __index__(self): return 4
print(int(I(5)), type(int(I(5))).__name__, int(True), int(2.9), int(-2.9), int(F()), int(Ix()), int(b"17"), int(bytearray(b"-3")))
try: int([1])
except TypeError as e: print(e)
try: int(float("nan"))
except ValueError as e: print(e)
try: int(float("inf"))
except OverflowError as e: print(e)
acc = 0
for k in range(3000):
    acc += int(str(k * 7919)) + len(str(-k))
print(acc, int(str(2**60)), str(int("-" + "9" * 15)))
