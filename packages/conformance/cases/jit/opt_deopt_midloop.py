# Tier-2 code speculates on small ints and floats; these loops break the
# speculation part-way (int past 2**53, int -> float -> str, a zero divisor)
# and must finish in the interpreter with the same results.


def accumulate(start, n, step):
    total = start
    for i in range(n):
        total = total + step * i
    return total


def mixed(values):
    acc = 0
    for v in values:
        acc = acc + v
    return acc


def ratio(a, b):
    return a / b


def count_down(n):
    k = 0
    while n > 0:
        n = n - 1
        k += 2
    return k


for _ in range(60):
    accumulate(0, 50, 3)
print(accumulate(0, 50, 3))
print(accumulate(2**53 - 100, 50, 3))
print(accumulate(2**62, 10, 2**60))
print(accumulate(0.5, 10, 3))

for _ in range(60):
    mixed([1, 2, 3])
print(mixed([1, 2, 3, 2**60, 2**60]))
print(mixed([1, 2.5, 3]))
print(mixed(["a", "b"]) if False else mixed([True, 2, 3.0]))

for _ in range(60):
    ratio(1.0, 2.0)
print(ratio(3.0, 4.0))
try:
    ratio(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(ratio(7, 2))

for _ in range(60):
    count_down(30)
print(count_down(30), count_down(0), count_down(2.5))
