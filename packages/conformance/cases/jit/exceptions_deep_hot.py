# exceptions raised from deep inside hot loops: caught at various depths, finally counters, exception type changes
def level3(i):
    if i % 97 == 0:
        raise ValueError(i)
    if i % 89 == 0:
        raise KeyError(i)
    return i
def level2(i):
    try:
        return level3(i) * 2
    finally:
        counters["finally"] += 1
def level1(i):
    try:
        return level2(i)
    except KeyError as e:
        counters["key"] += 1
        return -e.args[0]
counters = {"finally": 0, "key": 0, "value": 0}
total = 0
for i in range(30000):
    try:
        total += level1(i)
    except ValueError as e:
        counters["value"] += 1
        total += e.args[0] % 7
print(total, counters)
def parse(s):
    return int(s)
good = bad = 0
inputs = ["1", "x", "22", "", "333", "4.5"]
for i in range(24000):
    try:
        good += parse(inputs[i % 6])
    except ValueError:
        bad += 1
print(good, bad)
def divide(a, b):
    return a / b
acc = 0.0
errs = 0
for i in range(20000):
    try:
        acc += divide(i, i % 10)
    except ZeroDivisionError:
        errs += 1
        continue
    finally:
        acc += 0.001
print(round(acc, 6), errs)
def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    return recurse(n - 1)
caught = 0
for i in range(2000):
    try:
        recurse(i % 50)
    except IndexError:
        caught += 1
print(caught)
def maybe(i):
    if i % 1000 == 999:
        raise StopIteration
    return i
s = 0
for i in range(12000):
    try:
        s += maybe(i)
    except StopIteration:
        s -= 1
print(s)
