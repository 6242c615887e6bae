# subclassing int, float and str: custom __new__, operator results revert to base type, repr/str overrides
class Cents(int):
    def __new__(cls, value, currency="USD"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"Cents({int(self)}, {self.currency!r})"
c = Cents(250, "EUR")
print(c, repr(c), c + 5, type(c + 5).__name__, type(-c).__name__, isinstance(c, int))
print(c * 2, c // 3, c == 250, hash(c) == hash(250), {250: "found"}[c], f"{c:>6}")
class Even(int):
    def __add__(self, o):
        return Even(int(self) + int(o))
    def __str__(self):
        return f"Even<{int(self)}>"
e = Even(4) + 2
print(e, type(e).__name__, type(2 + Even(4)).__name__, repr(Even(8)))
class Bits(int):
    def bits(self):
        return bin(self)[2:]
print(Bits(10).bits(), Bits(10) | 5, int.from_bytes(b"\x01\x00", "big"), Bits.from_bytes(b"\x05", "big").bits())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, type(u[1:]).__name__)
print(u == "HELLO", "ELL" in u, len(u), u.split("L"), "-".join(Upper("ab")))
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
p = Path("usr") / "lib" / "python"
print(p, type(p).__name__, p.upper(), type(p.upper()).__name__)
class Tagged(str):
    tag = "default"
t = Tagged("x")
t.tag = "set"
print(t.tag, Tagged("y").tag, hasattr("plain", "tag"))
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
temps = [Celsius(21.456), Celsius(-3)]
print(temps, sum(temps), type(sum(temps)).__name__, round(Celsius(2.5)), Celsius(1) < 2)
class MyBool(int):
    pass
print(MyBool(True), True + MyBool(1), issubclass(bool, int))
try:
    class B2(bool): pass
except TypeError as e:
    print("TypeError:", e)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        return super().__new__(cls, v)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
print(Pos(3) + Pos(4), int("12", 8), Cents("77"))
