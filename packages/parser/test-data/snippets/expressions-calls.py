f()
f(a)
f(a, b, c)
f(a, b=1, *c, **d)
f(*a, *b, c=1, **d, **e)
f(a for a in b)
f((a for a in b), c)
f(x=1)(y=2)
obj.method(1).other[2](3)
f(a := 1)
f(*args, key=value)
print('hello', end='')
f(a,)
f(
    a,
    b,
)
