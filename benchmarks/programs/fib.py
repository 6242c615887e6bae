# fib: naive doubly-recursive Fibonacci — Python-to-Python call overhead and
# small-int arithmetic. The workload of the previous system is fib(30); it is
# computed REPEAT times so the program runs long enough to time.
# bench-short: REPEAT=1, N=25

N = 30
REPEAT = 3


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(REPEAT):
    total += fib(N)
print(fib(N), total)
