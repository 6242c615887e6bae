# closures in hot loops: cell variables mutated via nonlocal, cells changing type, closures recreated per iteration
def make():
    count = 0
    def inc(by):
        nonlocal count
        count += by
        return count
    return inc
inc = make()
for i in range(30000):
    inc(1 if i < 15000 else 0.5)
print(inc(0))
def make_kind():
    val = 0
    def step(i):
        nonlocal val
        if i == 5000:
            val = str(val)
        if i == 10000:
            val = len(val)
        if isinstance(val, str):
            val = val[-3:] + str(i % 10)
        else:
            val += i
        return val
    return step
step = make_kind()
for i in range(20000):
    r = step(i)
print(r)
total = 0
for i in range(20000):
    k = i % 7
    f = lambda x, k=k: x * k
    g = lambda x: x + k
    total += f(i) + g(1)
print(total)
adders = [(lambda n: lambda x: x + n)(n) for n in range(10)]
s = 0
for i in range(30000):
    s += adders[i % 10](i)
print(s)
def outer():
    acc = []
    def push(v):
        acc.append(v)
        if len(acc) > 100:
            del acc[:50]
        return len(acc)
    return push
p = outer()
m = 0
for i in range(20000):
    m = max(m, p(i))
print(m, p(-1))
