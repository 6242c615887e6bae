# format(), hash(), id() identity semantics, repr/ascii/str, chr/ord, bin/oct/hex, abs/divmod/pow builtins
print(format(3.14159, ".2f"), format(42), format("x", "^5"), format(255, "08b"), format(1e6, ",.0f"))
print(hash(42), hash(-1), hash(0.5), hash(True), hash(None) == hash(None), hash((1, "a")) == hash((1, "a")))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None), type(id(a)).__name__)
print(repr("it's"), repr('say "x"'), ascii("naïve ☃"), str(3.0), repr(None), ascii(["é"]), repr(1e100))
print(chr(65), chr(0x263A), chr(128512), ord("A"), ord("☺"), ord("\n"), [ord(c) for c in "az"])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bin(0), bin(5), bin(-5), oct(64), hex(255), hex(-1), hex(2 ** 70))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(2 ** 65, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-3, 3, 7), pow(7, -1, 11), pow(2.0, 0.5), pow(0, 0))
for bad in [lambda: abs("x"), lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: divmod("a", 2)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(bool(1), int("5"), float("1.5"), str(1), list("ab"), tuple([1]), dict(a=1), set("aa"), frozenset([1]))
print(complex(1, 2), bytes(2), bytearray(b"x"), type(memoryview(b"")).__name__, type(object()).__name__)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(len("abc"), len([]), len({1: 2}), max(3, 1, 2), min("bca"), any([]), all([]), any([0, 1]), all([1, 0]))
print(round(7), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(12345, -2), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1.23456, 3), round(-0.5), round(2 ** 60 + 0.0))
print(isinstance(1, (str, int)), isinstance("s", (int, (float, str))), issubclass(bool, (str, int)), issubclass(int, int))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(lambda: 0), callable(1), callable(int), callable("s".upper), callable(None))
