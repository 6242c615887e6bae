# Nested loops: for/range, integer multiply-accumulate.
total = 0
for i in range(400):
    for j in range(400):
        total += i * j
print(total)


def loops(n):
    t = 0
    for i in range(n):
        for j in range(n):
            t += i * j
    return t


print(loops(300))
