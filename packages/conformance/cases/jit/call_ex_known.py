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


def combine(a, b, c=3, *rest, scale=1, **options):
    return (a + b + c + sum(rest) + len(options) + options.get("bonus", 0)) * scale


def fwd(*args, **kwargs):
    return combine(*args, **kwargs)


def fwd_set(*args, **kwargs):
    kwargs["scale"] = 2
    return combine(*args, **kwargs)


def fwd_pop(*args, **kwargs):
    alias = kwargs
    alias.pop("bonus", None)
    return combine(*args, **kwargs)


def fwd_args(*args, **kwargs):
    return combine(*args, 5, **kwargs)


def forwarding(n):
    t = 0
    for i in range(n):
        t += fwd(i, 2, bonus=3) + fwd_set(i, 1, bonus=3) + fwd_pop(i, 1, bonus=4, extra=1)
        t += fwd_args(i, 1, scale=2) + fwd(i, 1, 2, 3, scale=4, z=1)
        if i == n // 2:
            combine.__kwdefaults__ = {"scale": 3}
    return t


print(forwarding(500))
