# builtins used in a hot loop are shadowed by globals mid-loop, then the shadow is deleted again
import builtins
def measure(x):
    return len(x) + abs(-len(x))
data = ["a", "bb", "ccc"]
total = 0
for i in range(30000):
    total += measure(data[i % 3])
    if i == 10000:
        len = lambda x: 100
    if i == 20000:
        del len
print(total)
def conv(i):
    return int(str(i)[::-1]) if i % 3 else max(i, 7)
acc = 0
for i in range(20000):
    acc += conv(i)
    if i == 7000:
        max = min
    if i == 14000:
        str = lambda v: "42"
print(acc)
del max, str
orig = builtins.sum
count = 0
for i in range(15000):
    count += sum([i, 1])
    if i == 5000:
        builtins.sum = lambda xs: -1
    if i == 10000:
        builtins.sum = orig
print(count)
def uses_print_like(i):
    return isinstance(i, int)
flags = 0
for i in range(12000):
    flags += uses_print_like(i)
    if i == 6000:
        isinstance = lambda a, b: False
print(flags)
del isinstance
print(isinstance(1, int), sum([1, 2]), len("abc"), max(1, 2))
