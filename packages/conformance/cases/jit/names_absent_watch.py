# Builtins read in a module-level loop stay cached while other globals come
# and go (a module-level `except E as e` deletes and re-adds `e` each time),
# and a global that shadows a builtin mid-loop still takes effect at once,
# whether it is added by assignment, through globals(), or with a str
# subclass key equal to the builtin's name.

total = 0
for i in range(3000):
    try:
        if i % 3 == 0:
            raise KeyError(i)
        total += len(str(i))
    except KeyError as e:
        total += abs(-e.args[0] % 7)
print(total)


def shadow_len(obj):
    return 1000


out = []
for i in range(40):
    out.append(len("abc"))
    if i == 10:
        len = shadow_len
    if i == 20:
        del len
    if i == 25:
        globals()["len"] = lambda o: -1
    if i == 30:
        del globals()["len"]
print(out)


class Key(str):
    pass


vals = []
for i in range(30):
    vals.append(abs(-3))
    if i == 9:
        globals()[Key("abs")] = lambda x: "shadowed"
    if i == 19:
        del globals()["abs"]
print(vals)

seen = []
for i in range(20):
    seen.append(min(i, 5))
    tmp = i
    del tmp
print(seen[-3:], "tmp" in globals())
