# hot loop: multiplication and subtraction crossing 2**31, 2**53, 2**63 and 2**64 in both signs, with floor div/mod checks
def step(x, i):
    return x * 3 - i if i % 2 else x * 2 + i
x = 1
checks = []
for i in range(20000):
    x = step(x, i)
    if i % 7 == 0:
        x = x // 5 - (x % 11)
    if x.bit_length() > 70:
        checks.append((i, x % 1000003, x.bit_length()))
        x = -(x >> 40)
print(len(checks), checks[:5], checks[-3:])
print(x, x % 97, x // 13, -x // 13, (-x) % 13)
boundaries = [2 ** 31 - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1]
acc = 0
for i in range(12000):
    b = boundaries[i % 6]
    v = b + (i % 3) - 1
    acc += v % 1000 + (v * v) % 7919 - (-v) // (2 ** 40)
    acc ^= v & 0xFFFF
print(acc)
n = 0
for i in range(15000):
    n -= 2 ** 50 + i
print(n, n < -(2 ** 63), n % 1000, float(n))
p = 1
for i in range(1, 70):
    p *= i
    if i in (20, 21, 25):
        print(i, p, p % (2 ** 64), p >> 64)
print(sum(i * i * i * i * i for i in range(3000)), (2 ** 53 + 1) * 3, int(float(2 ** 53 + 1)))
