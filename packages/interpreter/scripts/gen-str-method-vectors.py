"""Test vectors for the pure str methods: test-data/str/str-methods.json.

Each case: {"m": method, "s": self, "a": [args...], "r": result} or {..., "exc", "msg"}.
Run: python3 scripts/gen-str-method-vectors.py
"""
import random
from vectors_common import enc, run, write

random.seed(1311)

SAMPLES = [
    '', 'a', 'A', 'abc', 'Hello World', 'hello world', 'HELLO', 'hElLo wOrLd', '  spaces  ',
    '\t tab\tand\nnewline \r\n', 'a,b,,c,', ',,', 'mississippi', 'aaaa', 'abcabcabc',
    'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'σς Σ', 'aΣ', 'aΣb', 'Σa', 'ß', 'straße', 'ﬁne ﬂow', 'ǆemal ǅ Ǆ',
    'İstanbul', 'ǰ', 'ŉ', 'ᾳ ᾼ', '123', '١٢٣', '½', '²', 'Ⅻ', '一二三', '\u00a0x\u2003y\u3000',
    '😀', 'a😀b😀c', '😀😀', '𝐀𝐁𝐜', '\U00010400\U00010428', 'x\u2028y\u2029z\x85w\x1cq\x1dr\x1es\x0bt\x0cu',
    'line1\nline2\r\nline3\rline4', 'trailing\n', '\n\n', 'a\r', 'tab\there\tx\ty', '\t\t',
    "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\x00\x01\x7f\x80\x9f\xa0\xad',
    '\u200b\u2060\ufeff', '\ud800', 'x\udfffy', 'éàü', 'Été', 'ﬃ', 'ŉ', '_id3', '3id', 'id_ü',
    '+42', '-7', '42', 'a\u0301', 'ǅungla', 'Ⓐⓑ', 'ＡＢＣ', 'x'*3 + ' ' + 'y'*3,
    'The Quick  Brown\tFox', "they're bill's friends", 'ᏸᏹ', 'ꭰ', 'ΐ', '\u0345', 'µ',
    'ABC😀abc', ' \u1680 ', '\u180e', 'a\u0300b', 'ɐ', '\x1f',
]

def pick():
    return random.choice(SAMPLES)

SUBS = ['', 'a', 'b', 'ab', 'abc', 'ss', 'i', 'issi', ',', ' ', '😀', 'b😀', 'Σ', 'x', '\n', 'l', 'lo']
IDX = [None, 0, 1, 2, -1, -2, -3, 3, 5, 10, -10, 100]

cases = []

def add(m, s, *args):
    r = run(lambda: getattr(s, m)(*args))
    cases.append({"m": m, "s": s, "a": [enc(a) for a in args], **r})

for s in SAMPLES:
    for m in ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha',
              'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
              'isprintable', 'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines',
              'strip', 'lstrip', 'rstrip', 'expandtabs']:
        add(m, s)
    add('splitlines', s, True)
    for w in [0, 3, 5, 10, 11, -1]:
        add('center', s, w)
        add('center', s, w, '*')
        add('ljust', s, w, '😀')
        add('rjust', s, w)
        add('zfill', s, w)
    add('center', s, 5, 'ab')
    for t in [0, 1, 2, 4, -1]:
        add('expandtabs', s, t)
    for chars in ['a', 'ab ', '😀a', 'x\n', '', 'Σσ']:
        add('strip', s, chars)
        add('lstrip', s, chars)
        add('rstrip', s, chars)
    for sub in random.sample(SUBS, 5):
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
            add(m, s, sub)
            for _ in range(2):
                a = random.choice(IDX)
                b = random.choice(IDX)
                add(m, s, sub, a)
                add(m, s, sub, a, b)
        add('partition', s, sub)
        add('rpartition', s, sub)
        add('removeprefix', s, sub)
        add('removesuffix', s, sub)
        for sep in [sub, None]:
            for mx in [-1, 0, 1, 2]:
                add('split', s, sep, mx)
                add('rsplit', s, sep, mx)
        for cnt in [-1, 0, 1, 2]:
            add('replace', s, sub, '<>', cnt)
            add('replace', s, sub, '', cnt)
    add('startswith', s, ('x', 'a', 'H'))
    add('endswith', s, ('c', '', 'd'), 1, 2)
    add('startswith', s, ())
    add('replace', s, '', '-')
    add('replace', s, 'a', '😀😀')

# whitespace split corner cases
for s in ['  a  b  c  ', 'a b', ' a', 'a ', '   ', '\x1c a\x1fb\x85c\u3000', 'a\u200bb']:
    for mx in [-1, 0, 1, 2, 3]:
        add('split', s, None, mx)
        add('rsplit', s, None, mx)

write('str-methods.json', cases)

trans = []
def addt(s, *mt):
    def f():
        return s.translate(str.maketrans(*mt))
    trans.append({"s": s, "mt": [enc(a) for a in mt], **run(f)})
for s in SAMPLES[:40]:
    addt(s, 'abc', 'xyz')
    addt(s, 'aΣ😀', '😀bc', 'lo ')
    addt(s, 'ab', 'x')
    addt(s, {'a': 'XX', 'b': None, ord('l'): 0x1F600, 'c': ''})
    addt(s, {'ab': 'x'})
    addt(s, {'a': 0x110000})
write('str-translate.json', trans)

reprs = []
pool = SAMPLES + [chr(c) for c in range(0, 0x100)] + [chr(c) for c in random.sample(range(0x100, 0x110000), 3000)]
for s in pool:
    reprs.append({"s": s, "repr": repr(s), "ascii": ascii(s)})
write('str-repr.json', reprs)
