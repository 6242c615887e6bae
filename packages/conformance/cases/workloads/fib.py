# Recursive Fibonacci: Python-to-Python calls, int arithmetic, comparisons.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for n in (0, 1, 2, 10, 20, 25):
    print(n, fib(n))
