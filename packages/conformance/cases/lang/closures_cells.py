# closures: cells shared between functions, late binding, cell contents after the outer frame ends
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec
inc, dec = counter()
print(inc(), inc(), dec(), inc())
print(inc.__closure__[0].cell_contents, len(inc.__closure__))
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late())
def early():
    return [(lambda v: lambda: v)(i) for i in range(3)]
print([f() for f in early()])
def outer():
    x = 1
    def reader():
        return x
    x = 2
    r1 = reader()
    x = 3
    return r1, reader()
print(outer())
def make_multipliers():
    return {n: (lambda k: lambda v: v * k)(n) for n in (2, 3)}
m = make_multipliers()
print(m[2](5), m[3](5))
def deep():
    a = "a"
    def l1():
        b = "b"
        def l2():
            c = "c"
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def unbound_cell():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 1
    return get()
print(unbound_cell())
print(counter.__closure__, (lambda: 0).__closure__)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
