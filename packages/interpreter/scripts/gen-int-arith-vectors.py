"""Emit test-data/objects/int-arith.json: CPython 3.11 results of int
operators on edge-case operands (signs, powers of two, huge values).
Ints are decimal strings; float results are repr strings; errors are
"!ExcName: message". Run: python3 scripts/gen-int-arith-vectors.py"""
import json, os, sys

operands = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 2**31 - 1, -2**31, 2**32, 2**53 - 1, 2**53, -2**53, 2**53 + 1,
            2**63, -2**63, 2**64 + 5, 10**20, -10**20, 3**100, -(7**80)]
ops = {
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "/": lambda a, b: a / b, "*": lambda a, b: a * b,
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b, "divmod": lambda a, b: divmod(a, b),
}
def enc(v):
    if isinstance(v, bool): return repr(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return "f:" + repr(v)
    if isinstance(v, tuple): return "(" + ", ".join(enc(x) for x in v) + ")"
    return repr(v)
cases = []
for name, f in ops.items():
    for a in operands:
        for b in operands:
            try: r = enc(f(a, b))
            except Exception as e: r = "!%s: %s" % (type(e).__name__, e)
            cases.append([name, str(a), str(b), r])
for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**40, 3**50]:
    for b in [0, 1, 2, 3, 10, 63, 64, 65, 100, -1, -2]:
        for name, f in (("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b)):
            try: r = enc(f(a, b))
            except Exception as e: r = "!%s: %s" % (type(e).__name__, e)
            cases.append([name, str(a), str(b), r])
dest = os.path.join(os.path.dirname(__file__), "..", "test-data", "objects", "int-arith.json")
with open(dest, "w") as f: json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=0)
print(len(cases), "cases")
