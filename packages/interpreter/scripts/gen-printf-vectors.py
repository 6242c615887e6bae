"""Test vectors for `str % args` and str.format / format_map:
test-data/str/percent-format.json, test-data/str/str-format.json.
Run: python3 scripts/gen-printf-vectors.py
"""
import random, math
from types import SimpleNamespace as NS
from vectors_common import enc, run, write

random.seed(4242)

VALUES = [0, 1, -1, 42, -42, 255, 2**70, -(2**64), 3.5, -2.5, 0.125, 1e20, 1e-7, math.inf, -math.inf, math.nan,
          -0.0, 'a', 'abc', 'é', '😀', "it's", '', True, False, None, [1, 'a'], (1, 2), {'k': 'v'},
          65, 0x10FFFF, 0x110000, 12345.6789, 1e100]

FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+ ']
WIDTHS = ['', '1', '5', '10', '*']
PRECS = ['', '.', '.0', '.1', '.3', '.10', '.*']
CONVS = list('srad iuoxXeEfFgGc') + ['z']

cases = []
def add(fmt, args):
    cases.append({"f": fmt, "a": enc(args), **run(lambda: fmt % args)})

for v in VALUES:
    for _ in range(70):
        conv = random.choice(CONVS).strip() or 'd'
        spec = '%' + random.choice(FLAGS) + random.choice(WIDTHS) + random.choice(PRECS) + conv
        args = []
        if '*' in spec:
            for _ in range(spec.count('*')):
                args.append(random.choice([3, 8, -6, 0, 'x']))
        args.append(v)
        add('<' + spec + '>', tuple(args) if len(args) > 1 or random.random() < 0.5 else v)

for fmt, args in [
    ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%(a)s', {}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}),
    ('%(a)s %s', {'a': 1}), ('%z', 1), ('%', ()), ('%5%', ()), ('%%', ()), ('100%%', ()), ('%.f', 1.5),
    ('%*d', ('a', 1)), ('%c', 2**40), ('%c', 'ab'), ('%c', 3.0), ('%(a', {}), ('%(a(b))s', {'a(b)': 9}),
    ('%*.*f', (8, 2, 3.14159)), ('%s', []), ('hello', []), ('hello', 5), ('hello', ()), ('hello', {'a': 1}),
    ('%s', ((1, 2),)), ('%s', (1, 2)), ('%x', True), ('%e', 1), ('%c', 65), ('%c', '€'), ('%ld %hd %Ld', (1, 2, 3)),
    ('%-05d|', 3), ('%05s|', 'ab'), ('%-5c|', 'x'), ('%5c|', 120), ('%+s', 'x'), ('%#x %#X %#o', (255, 255, 8)),
    ('%#.5x', 255), ('%#08x', 255), ('%+08.3f', 3.14159), ('%08.3e', -3.14159), ('%.3d', -5), ('%010.3d', -5),
    ('%d', 3.99), ('%d', -3.99), ('%d', math.inf), ('%x', 3.0), ('%o', '1'), ('%f', '1'), ('%s\u00e9%s', ('😀', 'x')),
    ('%\u00e9', 1), ('%\x01', 1), ('%.1000f', 1.0), ('%r', 'a\nb'), ('%a', 'ü😀'), ('%5.2s|', 'abcdef'),
    ('%(x)s %(x)s', {'x': 5}), ('%s%%%s', (1, 2)), ('%.0e', 2.5), ('%.0f', 0.5), ('%.2f', 0.125), ('%g', 1e-5),
    ('%#g', 1.0), ('%G', 1e-10), ('%F', math.inf), ('%f', math.nan),
]:
    add(fmt, args)
write('percent-format.json', cases)

fcases = []
def addf(fmt, args=(), kwargs=None, map_=None):
    kwargs = kwargs or {}
    if map_ is not None:
        r = run(lambda: fmt.format_map(map_))
        fcases.append({"f": fmt, "map": enc(map_), **r})
    else:
        r = run(lambda: fmt.format(*args, **kwargs))
        fcases.append({"f": fmt, "a": enc(list(args)), "kw": enc(kwargs), **r})

ns = NS(x=1, y='why', inner=NS(z=[10, 20, 30]))
A = (42, 'str', 3.25, [1, 2, 3], {'k': 'v', 'n': 7}, ns, -7, 'é😀')
for fmt in ['{}', '{} {}', '{0} {0}', '{1}{0}', '{0}{}', '{}{0}', '{', '}', '{{}}', '{{{0}}}', 'a}}b{{c', '}}{',
            '{0!r}', '{1!r}', '{1!a}', '{7!a}', '{7!s:>6}', '{0!x}', '{0!}', '{0!r:}', '{0!rs}', '{0:>{1}}',
            '{0:{2}}', '{:{}}', '{0:{1}{2}}', '{0:{{}}}', '{0:{1:{2}}}', '{3[0]}', '{3[1]}', '{4[k]}', '{4[n]:+05}',
            '{5.x}', '{5.y!r:^9}', '{5.inner.z[2]}', '{5.nope}', '{5.}', '{3[]}', '{3[0}', '{3[0]x}', '{3[0].real}',
            '{10}', '{name}', '{name.x}', '{x:d}', '{0:d}', '{1:d}', '{2:.1f}', '{2:%}', '{0:,}', '{0:_b}', '{0:c}',
            '{0[}', '{0]}', '{0{}', '{!r}', '{:}', '{:>5}|{:<5}|{:^5}', '{0:x}{0:X}{0:#o}', 'plain text', '',
            '{0:{3}}', '{ 0}', '{-1}', '{0.real}', '{99999999999999999999}', '{0:}}', '{0:{}', '{:{:{}}}',
            '{0!r:{1}}', '{[0]}', '{.x}', '\u00e9{0}\U0001F600{1}']:
    addf(fmt, A, {'name': 'N', 'x': 5})
addf('{x} {y}', map_={'x': 1, 'y': 'two'})
addf('{x[1]}', map_={'x': 'abc'})
addf('{}', map_={'x': 1})
addf('{0}', map_={'x': 1})
addf('{missing}', map_={'x': 1})
addf('{a}', (), {})
write('str-format.json', fcases)
