# primes: a sieve of Eratosthenes with an explicit inner loop, then trial
# division over a range — integer loops, list stores, modulo.
# bench-short: LIMIT=200000, TRIAL=5000

LIMIT = 2000000
TRIAL = 100000


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


ps = sieve(LIMIT)
count = 0
s = 0
for n in range(1000000, 1000000 + TRIAL):
    if is_prime(n):
        count += 1
        s += n
print(len(ps), ps[-1], sum(ps) % 1000000007, count, s)
