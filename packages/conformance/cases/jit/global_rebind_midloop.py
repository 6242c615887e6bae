# globals read in a hot loop are rebound mid-loop (constant, function, class), and deleted then redefined
FACTOR = 2
def scale(v):
    return v * FACTOR
total = 0
for i in range(30000):
    total += scale(i)
    if i == 10000:
        FACTOR = 3
    elif i == 20000:
        FACTOR = 0.5
print(total)
def transform(x):
    return x + 1
out = 0
for i in range(20000):
    out += transform(i)
    if i == 5000:
        def transform(x):
            return x * 2
    if i == 15000:
        transform = abs
print(out)
class A:
    def val(self): return 1
class B:
    def val(self): return 10
Kind = A
acc = 0
for i in range(20000):
    acc += Kind().val()
    if i == 12345:
        Kind = B
print(acc)
LIMIT = 100
def under(v):
    try:
        return v < LIMIT
    except NameError:
        return None
hits = 0
nones = 0
for i in range(20000):
    r = under(i % 200)
    if r is None:
        nones += 1
    elif r:
        hits += 1
    if i == 8000:
        del globals()["LIMIT"]
    if i == 9000:
        LIMIT = 50
print(hits, nones)
