# recursive functions called many times with argument types changing between calls (int, float, big int, user numbers)
def power_sum(n, x):
    if n == 0:
        return x * 0 + 1
    return x ** n + power_sum(n - 1, x)
results = []
for i in range(3000):
    kind = i % 4
    x = [2, 1.5, 10 ** 10, -3][kind]
    r = power_sum(i % 12, x)
    if i % 500 < 4:
        results.append(r)
print(results)
class N:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    __rmul__ = __mul__
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
    def __pow__(self, n): return N(self.v ** n)
    def __repr__(self): return f"N({self.v})"
print(power_sum(5, N(2)), power_sum(3, N(1.5)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(6)], ackermann(3, 3))
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
nested = [1, [2, (3, [4.5, "s"])], [[[[5]]]]]
total = 0
for i in range(3000):
    total += len(flatten(nested))
print(total, flatten(nested))
memo = {}
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(300) % 10 ** 15, ways(300).bit_length())
