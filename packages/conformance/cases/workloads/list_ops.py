# List operations: append/pop/index/slice/sort/insert/remove/reverse.
data = []
for i in range(2000):
    data.append((i * 7919) % 1000)
print(len(data), data[:10], data[-5:])
total = 0
while data:
    total += data.pop()
    if len(data) % 500 == 0:
        print("left", len(data))
print("total", total)
xs = [(i * 37) % 101 for i in range(300)]
print(xs.index(42), xs.count(0), 99 in xs, 1000 in xs)
ys = xs[10:50:3]
print(ys)
ys.sort()
print(ys)
ys.sort(reverse=True)
print(ys[:5])
zs = sorted(xs, key=lambda v: (v % 10, v))
print(zs[:12])
xs.insert(0, -1)
xs.remove(42)
xs.reverse()
print(xs[:8], xs[-3:])
print(xs[::-7][:10])
del xs[5:100]
print(len(xs), min(xs), max(xs), sum(xs))
m = [[i * j for j in range(4)] for i in range(3)]
print(m, m[2][3])
print([1, 2] + [3], [0] * 5, [1, 2] * 2)
