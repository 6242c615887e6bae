# Bool operands in int arithmetic and comparisons inside hot loops: Python
# treats them as 0/1; the JIT's type feedback must not speculate "int" on them.
def f(n):
    acc = 0
    for i in range(n):
        acc += len("abcdef"[0:i % 5]) + ("alpha".startswith("al") * 3) - (i % 3 == 0) + True
    return acc

def g(n):
    t = 0.0
    for i in range(n):
        t += (i % 2 == 0) * 0.5 + (i > 3)
    return t

def h(n):
    c = 0
    for i in range(n):
        b = i % 7 == 0
        c += b << 2 | b
        if b > False:
            c -= 1
    return c

print(f(30000), g(30000), h(30000))
print(True + True, True * 2.5, -True, ~True, True << 3, divmod(True, 2))
