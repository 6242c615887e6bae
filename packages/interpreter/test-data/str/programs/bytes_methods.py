b = b'Hello, World'
print(b.upper(), b.lower(), b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.find(111), len(b))
print(b[0], b[-1], b[1:5], b[::-2], b'o' in b, 108 in b)
print(b.split(b', '), b'  a b  '.split(), b'a,b,,c'.split(b',', 1), b'x\ny\r\nz'.splitlines(True))
print(b.replace(b'l', b'L', 2), b'-'.join([b'a', b'b', b'c']), b'abc'.center(7, b'*'), b'42'.zfill(5))
print(b'\x00\xff\'"\\'.hex(), b'\x01\x02\x03'.hex(':', 2), bytes.fromhex('de ad BE EF'), bytearray.fromhex('00ff'))
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'backslashreplace'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytearray(b'xy'), bytes(bytearray(b'q')))
print(b'abc' + b'def', b'ab' * 3, b'abc' < b'abd', b'abc' == b'abc', b"it's", b'say "x"', b'\t\n\r\x7f')
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba, ba.upper(), ba.startswith(b'dc'), ba.partition(b'b'))
checks = [lambda: bytes(-1), lambda: bytes('x'), lambda: b'abc'.index(b'z'), lambda: b'\xe2\x82'.decode(),
          lambda: '\ud800'.encode(), lambda: bytes([256]), lambda: bytes.fromhex('0g'), lambda: b'a'.decode('nope')]
for f in checks:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
