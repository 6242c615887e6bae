def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
c()
print(c())

def gen(k):
    for i in range(k):
        x = yield i
        if x is not None:
            print("got", x)
    return 99

g = gen(3)
print(next(g) if False else g.send(None))
print(g.send(7))
for v in g:
    print("v", v)

def delegate():
    r = yield from gen(2)
    print("result", r)

print([v for v in delegate()])

squares = [i * i for i in range(6) if i % 2 == 0]
print(squares)
