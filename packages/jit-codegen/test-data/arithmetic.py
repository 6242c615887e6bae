# Small-int fast paths, overflow to big ints, floats, mixed operands.
def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def ops(a, b):
    return (a - b, a // b, a % b, a ** 2, a / b, a << 3, a >> 1, a & b, a | b, a ^ b, -a, ~a, +a, not a)

big = 2 ** 53
print(add(1, 2), add(big - 1, 1), add(big, big), add(-big, -1))
print(mul(3, -0), mul(94906267, 94906267), mul(2 ** 40, 2 ** 40))
print(ops(17, 5), ops(-17, 5), ops(17, -5))
print(add(1.5, 2.25), mul(0.1, 3), add(1, 2.5), add("ab", "cd"), mul("x", 3), add([1], [2]))
def acc(n):
    s = 0
    for i in range(n):
        s += i * i
        s -= 1
    return s
print(acc(1000), acc(0))
def cmp(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b]
print(cmp(1, 2), cmp(2.0, 2), cmp("a", "b"), cmp(3, 3))
def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r
print(fact(25), fact(30) // fact(28))
def divz(a):
    try:
        return a // 0
    except ZeroDivisionError as e:
        return str(e)
print(divz(1), divz(1.0))
