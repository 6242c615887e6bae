# Module-level loops: names live in the module dict. The optimizing tier
# keeps them in registers between a store and the next load, writing every
# store through; anything that may run Python code (calls, generic ops,
# globals() writes) must make it re-read them.

total = 0
for r in range(3):
    for i in range(50):
        total += i * r
print("plain", total)

scale = 1

def bump():
    global scale
    scale += 1

acc = 0
for i in range(40):
    acc += scale
    if i % 10 == 9:
        bump()          # rebinds a name the loop reads
print("rebound by a call", acc, scale)

acc = 0
for i in range(30):
    acc += scale
    if i == 14:
        globals()["scale"] = 100   # rebinds through the dict
print("rebound via globals()", acc, scale)

def fake_range(n):
    return [n, n]

hits = 0
for k in range(3):
    for j in range(4):
        hits += j
    if k == 1:
        range = fake_range       # shadows the builtin mid-loop
print("shadowed range", hits, list(range(7)))
import builtins
range = builtins.range

big = 2 ** 53 - 10
for i in range(20):
    big += 1                     # crosses 2**53: int leaves the small-int range
print("past 2**53", big, type(big).__name__)

x = 0
for i in range(10):
    x = x + 0.5 if i % 2 else x + 1   # int -> float mid-loop
print("int to float", x)

s = ""
for i in range(5):
    s += str(i)
print("str accumulate", s)
