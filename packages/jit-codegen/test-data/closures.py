# Cells, free variables, nonlocal, closures built in compiled code.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
c(); c(5)
print(c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = adders()
print([g(10) for g in a], [g(10) for g in b])
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def cell_arg(v):
    def get():
        return v
    v = v * 2
    return get()
print(cell_arg(21))
def unbound():
    def get():
        return w
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return get()
print(unbound())
