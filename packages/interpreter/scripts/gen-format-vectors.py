"""Test vectors for format(value, spec) and repr(float): test-data/str/format-spec.json,
test-data/str/float-repr.json.
Run: python3 scripts/gen-format-vectors.py
"""
import random, struct, math
from vectors_common import enc, run, write

random.seed(2311)

INTS = [0, 1, -1, 7, 42, -42, 255, 1234, 1234567, -98765, 10**6, 2**31, 2**53 - 1, 2**53, 2**64 + 1,
        -(10**30), 10**40 + 123, 65, 0x1F600, 0x110000]
FLOATS = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.0, 10.0, 100.0, 1e16, 1e15, 1e17, 1e-4, 1e-5,
          123456.789, 1e300, -1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          math.inf, -math.inf, math.nan, 1 / 3, 2 / 3, 9.995, 0.05, 1e22, 1e21, 9.5, 99.5, 0.001,
          -0.0001, 1234.5, 0.1, 0.2, 0.3, 3.14159, -1.5e-7, 123456789012345.0, 9999999999999998.0,
          0.00001234, 12345678.9, 2.675, 1.005, 8.5, 0.95, 0.9999999]
STRS = ['', 'a', 'abc', 'héllo', '😀x', 'tab\t', 'ǅ']

FILLS = ['', '<', '>', '^', '=', '*<', '*>', '*^', '0=', 'x=', '😀^', '0<', ' >']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '0', '1', '5', '8', '010', '12', '20']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.20', '.30', '.120']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 's', 'E', 'G', 'F']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
STR_TYPES = ['', 's', 'd']

def rand_spec(types):
    parts = [random.choice(FILLS), random.choice(SIGNS), random.choice(['', '', 'z']),
             random.choice(['', '', '#']), random.choice(WIDTHS), random.choice(GROUPS),
             random.choice(PRECS), random.choice(types)]
    return ''.join(parts)

cases = []
def add(kind, v, spec):
    cases.append({"k": kind, "v": enc(v), "spec": spec, **run(lambda: format(v, spec))})

CURATED = ['', 'd', ',', '_', ',d', '_x', '_b', '#_o', '#x', '#X', '#b', '#o', '08,', '09,', '0=10,', '010,', '012_x',
           '>10', '<10', '^10', '^11', '=+10', '+', ' ', '-', 'c', '+c', '#c', ',c', '.2', 'z', 'zd', 'x<010,',
           '.0f', '.1f', '.2f', '.3f', '.0e', '.3e', '.0g', '.1g', '.3g', '.17g', '#.0f', '#.0e', '#g', '#.3g',
           '%', '.1%', 'z.1f', 'z.0f', '+.1e', 'E', 'F', 'G', 'n', '.3n', '10.3', '.3', '#', '#.0', '.',
           'abc', '1,_', '_,', '9999999999999999999999', '.9999999999999999999999f', '=5', '=', '05', '00',
           '0', '+=', '😀', 'é', '\x01', ',s', '_s', ' s', '+s', '#s', 'zs', '.2s', '.0s', '5.1s']
for v in INTS + [True, False]:
    for spec in CURATED:
        add('bool' if isinstance(v, bool) else 'int', v, spec)
    for _ in range(60):
        add('bool' if isinstance(v, bool) else 'int', v, rand_spec(INT_TYPES))
for v in FLOATS:
    for spec in CURATED:
        add('float', v, spec)
    for _ in range(120):
        add('float', v, rand_spec(FLOAT_TYPES))
for v in STRS:
    for spec in CURATED:
        add('str', v, spec)
    for _ in range(40):
        add('str', v, rand_spec(STR_TYPES))
# round-half-even ties and random doubles at random precisions
for _ in range(3000):
    x = random.choice([random.random() * 10 ** random.randint(-8, 25), random.randint(0, 10**6) / 8,
                       random.randint(0, 1000) + 0.5, struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]])
    if random.random() < 0.3:
        x = -x
    spec = '.' + str(random.randint(0, 25)) + random.choice('efgEFG%')
    if random.random() < 0.2:
        spec = '#' + spec
    add('float', x, spec)
write('format-spec.json', cases)

reprs = []
edge = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e16, 1e15, 1e17, 9999999999999998.0, 1e22, 1e-4, 1e-5,
        0.0001, 0.00001, 1.5e-7, 123456789012345.0, 1234567890123456.0, 12345678901234567.0,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
        float(2**53), float(2**53 + 2), 1/3, 100.0, 1e100, 123.456, -2.5e-300]
for x in edge:
    reprs.append([enc(x), repr(x)])
for _ in range(5000):
    bits = random.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(x):
        continue
    reprs.append([enc(x), repr(x)])
for _ in range(1000):
    x = round(random.uniform(-1e6, 1e6), random.randint(0, 8))
    reprs.append([enc(x), repr(x)])
write('float-repr.json', reprs)
