f = lambda: 0
f = lambda x: x
f = lambda x, y=1, *args, z, w=2, **kw: x
f = lambda *, a: a
f = lambda a, /, b: a
f = lambda *a, **k: 0
f = lambda x=lambda y: y: x
f = lambda: (yield)
