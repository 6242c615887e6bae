# nested hot loops with break/continue/else where the inner loop's iterable and bound types change partway
total = 0
for outer in range(200):
    inner = range(100) if outer < 100 else [float(v) for v in range(100)] if outer < 150 else "abcdefghij" * 10
    for j, v in enumerate(inner):
        if j % 17 == 0:
            continue
        if isinstance(v, str):
            total += ord(v)
        else:
            total += v
        if j > 90 and outer % 3 == 0:
            break
    else:
        total += 1
print(total)
found = []
for a in range(1, 60):
    for b in range(a, 60):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 60:
            found.append((a, b, c))
            break
    else:
        continue
    if len(found) > 8:
        break
print(found)
grid = 0
n = 0
while n < 20000:
    n += 1
    if n % 2:
        continue
    m = n
    while m % 2 == 0:
        m //= 2
    grid += m
    if n == 10000:
        n = float(n)
print(grid, n)
acc = 0
limit = 100
for i in range(300):
    for j in range(limit):
        acc += i ^ j
    if i == 150:
        limit = 2 ** 64 // 2 ** 58
print(acc, limit)
