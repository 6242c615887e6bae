"""Test vectors for the pure bytes algorithms and codecs: test-data/str/bytes.json.
Each case: {"m": method, "s": self (bytes), "a": [args], "r"/"exc"}; method names prefixed
"str." are str methods (encode).
Run: python3 scripts/gen-bytes-vectors.py
"""
import random
from vectors_common import enc, run, write

random.seed(77)

SAMPLES = [b'', b'a', b'abc', b'Hello World', b'  sp  ', b'\t\n\x0b\x0c\r x\x1c', b'a,b,,c', b'mississippi',
           b"it's", b'say "x"', b'both \' "', b'back\\', bytes(range(0, 256, 7)), b'\x00\xff\x80', b'line1\nl2\r\nl3\rl4\n',
           b'caf\xc3\xa9', b'\xe2\x82\xac\xf0\x9f\x98\x80', b'\xff', b'\xe2\x82', b'\xe2(\xa1', b'\xed\xa0\x80',
           b'\xf0\x90\x80', b'\xc0\xaf', b'a\x80b\x81c', b'\xef\xbb\xbfbom', b'hello world foo', b'ABC def GHI',
           b'tab\there', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'\xf5']
SUBS = [b'', b'a', b'ab', b'ss', b'\xff', b' ', b',', 97, 255]
IDX = [None, 0, 1, -1, -3, 3, 100]
cases = []

def add(m, s, *args):
    cases.append({"m": m, "s": enc(s), "a": [enc(a) for a in args], **run(lambda: getattr(s, m)(*args))})

for s in SAMPLES:
    for m in ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isalnum', 'isalpha', 'isascii', 'isdigit',
              'islower', 'isupper', 'isspace', 'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip',
              'rstrip', 'hex', 'expandtabs']:
        add(m, s)
    add('splitlines', s, True)
    add('hex', s, ':')
    add('hex', s, '-', 2)
    add('hex', s, ' ', -3)
    add('hex', s, '')
    for chars in [b'a', b' \t', b'\xff\x00']:
        add('strip', s, chars)
        add('rstrip', s, chars)
    for w in [0, 5, 12]:
        add('center', s, w)
        add('ljust', s, w, b'*')
        add('rjust', s, w)
        add('zfill', s, w)
    for sub in SUBS:
        for m in ['find', 'rfind', 'index', 'count']:
            add(m, s, sub)
            add(m, s, sub, random.choice(IDX), random.choice(IDX))
        if isinstance(sub, bytes):
            add('startswith', s, sub)
            add('endswith', s, sub, 1)
            add('removeprefix', s, sub)
            add('removesuffix', s, sub)
            add('partition', s, sub)
            add('rpartition', s, sub)
            for mx in [-1, 1]:
                add('split', s, sub, mx)
                add('rsplit', s, sub, mx)
                add('split', s, None, mx)
                add('rsplit', s, None, mx)
            add('replace', s, sub, b'<>')
            add('replace', s, sub, b'', 1)
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        for encoding in ['utf-8', 'ascii', 'latin-1']:
            if errors == 'surrogatepass' and encoding != 'utf-8':
                continue
            add('decode', s, encoding, errors)
    add('decode', s, 'UTF8')
    add('decode', s, 'nope')
    add('translate', s, bytes.maketrans(b'abc', b'xyz'))
    add('translate', s, None, b'aeiou')

for h in ['', '00', 'ff 0A', ' 1 2', '1', 'zz', '0g', 'ab cd\tef\n', 'abc', '  ', 'é1']:
    cases.append({"m": "fromhex", "s": enc(b''), "a": [h], **run(lambda: bytes.fromhex(h))})

STRS = ['', 'abc', 'café', '€😀', '\ud800', 'a\udcffb', '\udc80\udcff', 'x\ud83d', '\ud800\udc00'[:1] + 'z', 'ÿ', 'Āb', 'é😀é']
for s in STRS:
    for encoding in ['utf-8', 'ascii', 'latin-1', 'Latin_1', 'U8', 'bogus']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
            cases.append({"m": "str.encode", "s": s, "a": [encoding, errors], **run(lambda: s.encode(encoding, errors))})

reprs = [[enc(b), repr(b)] for b in SAMPLES + [bytes([i]) for i in range(256)]]
write('bytes.json', {"cases": cases, "repr": reprs})
