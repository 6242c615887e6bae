# bigint: arbitrary-precision integer arithmetic — the unbounded pi-digit
# spigot (Gibbons' streaming algorithm, the shape of the benchmarks-game
# "pidigits"), a large factorial, and modular exponentiation.
# bench-short: DIGITS=1000, FACT=800

DIGITS = 3000
FACT = 1400


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


digits = pi_digits(DIGITS)
text = "".join(str(d) for d in digits)
print(text[:20], text[-20:], sum(digits))
f = factorial(FACT)
print(len(str(f)), f % 1000000007, (f >> 1000) & 0xFFFFFFFF, f.bit_length())
m = (1 << 127) - 1
print(pow(3, FACT * 1000 + 7, m), (f + 1) // (m - 2) % 1000003, -f // 7 % 1000, divmod(-f, 12345678901)[1])
