# bytes: literals, indexing gives ints, methods (split/join/strip/find/replace/hex/fromhex/count), errors
b = b"Hello, World"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b"l" in b, 108 in b, b.count(b"l"), list(b[:3]))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.split(b", "), b.split(), b"a,b,c".rsplit(b",", 1))
print(b.find(b"World"), b.rfind(b"o"), b.index(b","), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b.replace(b"l", b"L"), b.strip(b"Hd"), b"  x  ".strip(), b"xxaxx".lstrip(b"x"), b.partition(b", "))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b.hex(), b.hex(":"), b"\x00\xff".hex(), bytes.fromhex("48 69 ff"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"a" == "a")
print(b"%d-%s-%x" % (5, b"x", 255), b"%5s|" % b"ab", b"%c%c" % (65, b"B"), b"%r" % b"q" if False else b"%b" % b"raw")
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"\x80".isascii())
print(b"hello world".capitalize(), b"ab".center(6, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"ab".ljust(4, b"."))
print(b"a\nb\r\nc".splitlines(), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abcd".translate(None, b"bd"))
print(repr(b"\t\n\r\x00\x7f'\"\\"), repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print(b"prefix_x".removeprefix(b"prefix_"), b"x.py".removesuffix(b".py"), b"abc".decode(), b"%%" % ())
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("s"), lambda: b"a" + "b", lambda: b"abc"[5],
            lambda: b"a".join(["b"]), lambda: bytes.fromhex("zz"), lambda: b"x" * 1.5, lambda: b"ab".index(b"z"),
            lambda: hash(b"x") != hash(b"x")]:
    try:
        print("no error:", bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), len(m), m.tobytes(), m.nbytes, m.readonly)
print(int.from_bytes(b"\x00\x10", "big"), list(b"\x01\x02"), b"x"[0] == ord("x"), bytes(b"ab").upper() is not None)
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02\x03"), b"".join([]), b"a b".split(b" ", 5))
