# Primes: trial division and a sieve.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


count = 0
for k in range(20000):
    if is_prime(k):
        count += 1
print("trial division:", count)

limit = 50000
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(limit ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, limit + 1, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print("sieve:", len(primes), primes[:10], primes[-3:])
print("sum:", sum(primes))
