# bytearray: mutation methods, slice assignment, in-place ops, conversions, and errors
ba = bytearray(b"hello")
ba[0] = ord("H")
print(ba, ba[0], ba[-1])
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"EEEE"
print(ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, len(ba), bool(ba))
x = bytearray(b"abc")
x += b"def"
x *= 2
print(x, x.upper(), type(x.upper()).__name__, x.find(b"cd"), x.count(b"a"), x.replace(b"a", b"") )
print(bytearray(4), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(65, 70)), bytearray.fromhex("41 42"))
for bad in [lambda: x.__setitem__(0, 256), lambda: x.__setitem__(0, b"a"), lambda: x.remove(0),
            lambda: bytearray().pop(), lambda: x.__setitem__(slice(0, 2), 5), lambda: x.index(b"zz"),
            lambda: x.append(-1), lambda: hash(x)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
y = bytearray(b"0123456789")
y[2:5] = []
print(y)
y[0:0] = b"ab"
print(y)
y[-1:] = bytearray(b"XYZ")
print(y, y.hex(), y.isdigit(), y.isalnum(), bytes(y), list(y[:3]))
z = bytearray(b"  spaced  ")
print(z.strip(), z.split(), z.decode(), repr(z), str(z), z == b"  spaced  ", b"  spaced  " == z)
mv = memoryview(y)
mv[0] = ord("Q")
print(y[:3], mv.readonly)
print(sorted(bytearray(b"cba")), bytearray(b"abc") < bytearray(b"abd"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"))
