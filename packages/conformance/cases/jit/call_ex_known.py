# f(...*(...)..., **{...}) whose tuple and dict are built from known parts at the
# call site: bound at compile time; the callee rebound, its defaults replaced,
# and the binding's TypeErrors mid-loop.


def target(a, b=2, *rest, scale=1, **opts):
    return (a, b, rest, scale, sorted(opts.items()))


def plain(x, y, z=0):
    return x * 100 + y * 10 + z


def run(n):
    out = []
    for i in range(n):
        r = (
            target(i, 2, *(1, 2), scale=3, **{"bonus": 1}),
            target(*(i,), **{"b": 5}),
            target(i, *(7, 8), 9, *(10,)),
            plain(*(i, 1)),
            plain(i, *[4, 5]),
            plain(*(i,), **{"y": 3, "z": 4}),
        )
        if i % 97 == 0:
            out.append(r)
        if i == n // 2:
            target.__kwdefaults__ = {"scale": 9}
            plain.__defaults__ = (7,)
    return out


for r in run(300):
    print(r)


def errors(n):
    seen = []
    for i in range(n):
        try:
            k = i % 4
            if k == 0:
                plain(*(1, 2), **{"x": 3})
            elif k == 1:
                plain(1, y=2, **{"y": 3})
            elif k == 2:
                plain(*(1, 2, 3, 4))
            else:
                plain(**{"q": 1})
        except TypeError as e:
            if i < 8:
                seen.append(str(e))
    return seen


for m in errors(200):
    print(m)


def rebinding(n):
    global plain
    t = 0
    for i in range(n):
        t += plain(*(i, 1), **{"z": 2})
        if i == n // 2:
            plain = lambda *a, **k: sum(a) - sum(k.values())
    return t


print(rebinding(400))
