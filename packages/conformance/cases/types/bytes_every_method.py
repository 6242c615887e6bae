# every public bytes and bytearray method, with start/end, maxsplit, fill, sep/bytes_per_sep, and errors
b = b"Hello, World! hello"
names = ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index", "isalnum",
         "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower",
         "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
         "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]
args = {"center": (25, b"*"), "count": (b"l",), "endswith": (b"llo",), "find": (b"o", 5), "index": (b"W",),
        "join": ([b"a", bytearray(b"b"), memoryview(b"c")],), "ljust": (22, b"."), "lstrip": (b"Hel",),
        "partition": (b", ",), "removeprefix": (b"Hello",), "removesuffix": (b"hello",), "replace": (b"l", b"L", 2),
        "rfind": (b"l",), "rindex": (b"o", 0, 10), "rjust": (22,), "rpartition": (b"o",), "rsplit": (b" ", 1),
        "rstrip": (b"ol",), "split": (b",",), "startswith": ((b"x", b"He"),), "strip": (b"Hhleo",),
        "translate": (bytes.maketrans(b"lo", b"01"), b"H"), "zfill": (25,)}
for cls in (bytes, bytearray):
    x = cls(b)
    for n in names:
        print(cls.__name__, n, repr(getattr(x, n)(*args.get(n, ()))))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"\x01\xab".hex(), b"\x01\xab\xcd".hex(":"), b"\x01\xab\xcd\xef".hex("-", 2), b"abcdef".hex(":", -4))
print(bytes.maketrans(b"ab", b"xy")[97:99], b"a\tb\nc\r\nd".splitlines(True), b"a\tb".expandtabs(4))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(bytearray(b"z")), bytes(range(3)), bytearray(2), bytearray("ab", "ascii"))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], b"ab" + b"cd", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd")
print(repr(b"\x00\x7f\x80'\"\\\t\n"), repr(bytearray(b"'")), repr(b"'\""), str(b"x"))
print(b"%s-%d-%x-%r-%5.2f-%c-%c" % (b"s", 42, 255, "r", 1.5, 65, b"B"), bytearray(b"%b") % b"v")
print(b"a,b,,c".split(b","), b"  a b  ".split(), b"a b c".split(maxsplit=1), b"a b c".rsplit(None, 1))
print(b"abc".decode(), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), b"\xff".decode("utf-8", "backslashreplace"))
print(int.from_bytes(b"\x01\x00", "big"), list(b"hi"), b"ab".isalpha(), b"".isspace(), b"Ab".istitle())
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.insert(0, 62); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")); ba.reverse(); print(ba); c = ba.copy(); ba.clear(); print(ba, c, len(c))
ba = bytearray(b"abcdef"); ba[1:3] = b"XYZ"; ba[0] = 122; del ba[-1]; ba += b"!"; ba *= 2; print(ba)
for bad in [lambda: b"abc".index(b"z"), lambda: b"a" + "b", lambda: bytes([256]), lambda: b"x".decode("ascii", "strict") + b"\xff".decode("ascii"),
            lambda: bytearray(b"a").remove(5), lambda: bytearray().pop(), lambda: bytes.fromhex("zz"), lambda: b"abc"[5],
            lambda: bytes("x"), lambda: b"%d" % "x", lambda: bytearray(b"a").__setitem__(0, 300), lambda: b"a".join(["x"])]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), {b"k": 1}[b"k"])
m = memoryview(b"abcdef"); print(m[1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.nbytes, m.readonly, m.format, m.itemsize)
