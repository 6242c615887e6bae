"""Emit test-data/objects/float-repr.json: repr() of ~3,000 doubles (random
bit patterns, random magnitudes, and edge cases) as produced by CPython 3.11.
Each entry is [hex bit pattern, repr]. Run: python3 scripts/gen-float-repr-vectors.py"""
import json, math, os, random, struct, sys

random.seed(20241124)
def bits(x): return struct.unpack(">Q", struct.pack(">d", x))[0]
def from_bits(b): return struct.unpack(">d", struct.pack(">Q", b))[0]

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 1e-4, 1e-5, 123456789012345678.0,
          1e22, 1e23, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          math.inf, -math.inf, math.nan, 9007199254740993.0, 0.5, 2.5, 1e-7, 1.5e300, 4.35, 0.1 + 0.2, 100.0, 1e100]
for _ in range(1500):
    b = random.getrandbits(64)
    x = from_bits(b)
    if not math.isnan(x): values.append(x)
for _ in range(1000):
    values.append(random.uniform(-1, 1) * 10 ** random.randint(-30, 30))
for _ in range(500):
    values.append(float(random.randint(-10**6, 10**6)) / 10 ** random.randint(0, 8))
out = [[format(bits(x), "016x"), repr(x)] for x in values]
dest = os.path.join(os.path.dirname(__file__), "..", "test-data", "objects", "float-repr.json")
with open(dest, "w") as f: json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=0)
print(len(out), "cases")
