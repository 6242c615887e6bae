s = 'Hello, World😀'
print(s.upper(), s.lower(), s.swapcase(), s.title(), len(s))
print(s.find('o'), s.rfind('o'), s.find('😀'), s.count('l'), s.index('W'))
print('|'.join('a,b,,c'.split(',')), '|'.join('  a b  c '.split()), '|'.join('a b c'.rsplit(None, 1)))
print('|'.join('l1\nl2\r\nl3'.splitlines(keepends=True)).encode())
print('abc'.center(9, '*'), 'abc'.zfill(6), '-42'.zfill(6), 'x\ty'.expandtabs(4))
print('  pad  '.strip(), 'xxhixx'.strip('x'), 'www.example.com'.lstrip('cmowz.'))
print('a-b-c'.replace('-', '+', 1), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 1))
print('straße'.casefold(), 'ǆ'.title(), 'ΣΑΣ'.lower(), 'İ'.lower().encode())
print('{0:>8.3f}|{1!r:^7}|{name:_>6}|{2[k]}'.format(3.14159, 'ab', {'k': 9}, name='n'))
print('%-6s|%+d|%#x|%05.1f|%c|%r|%(a)s' % ('ab', 5, 255, 2.25, 65, 'q', {'a': 1}) if False else '%-6s|%+d|%#x|%05.1f|%c|%r' % ('ab', 5, 255, 2.25, 65, 'q'))
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 7})
print('{:,.2f} {:#010b} {:.0f} {:z.1f} {}'.format(1234567.891, 255, 0.5, -0.0, 1e16))
print('café'.encode(), 'café'.encode('latin-1'), 'é'.encode('ascii', 'replace'))
print(str.maketrans('ab', 'xy') == {97: 120, 98: 121}, 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
print('x'.isidentifier(), '1x'.isidentifier(), '١٢'.isdecimal(), '½'.isnumeric(), 'Ab Cd'.istitle())
print('|'.join('a,b'.partition(',')), '|'.join('a,b,c'.rpartition('x')), 'abc'.removeprefix('a'), 'abc'.removesuffix('c'))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    '{} {0}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.find(1)
except TypeError as e:
    print('TypeError', e)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    '{:abc}'.format(1)
except ValueError as e:
    print('ValueError', e)
