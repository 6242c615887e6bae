pass
del x
del x, y
del a.b, a[0], (c, d), [e, f]
del (x)
del x,
assert x
assert x, 'msg'
raise
raise E
raise E from e
raise E(1) from None
global a
global a, b, c
def f():
    nonlocal x
    nonlocal x, y
    return
    return 1
    return 1, 2
    return *a, b
x = 1; y = 2; z = 3;
for x in y: break
for x in y: continue
