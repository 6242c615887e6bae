# printf-style `fmt % args` with a str format compiled to str's own
# formatting: tuples, single values, mappings, errors with CPython's text,
# and a str subclass on the right whose __rmod__ must win.


class Right(str):
    def __rmod__(self, other):
        return "rmod(" + other + ")"


class Mapping:
    def __getitem__(self, k):
        return k.upper()

    def keys(self):
        return ["a"]

    def __repr__(self):
        return "Mapping()"


def fmt(f, args):
    return f % args


def expr(fn, a, b):
    return "%s(%s, %s)" % (fn, a, b)


for k in range(400):
    expr("max", k, k + 1)
    fmt("%d-%s", (k, "x"))
print(expr("mix", 1, "y"), fmt("%d-%s", (5, "x")), fmt("%5.2f|%-4d|%r", (3.14159, 7, "q")))
for args in [5, "s", (1,), [1, 2], {"a": 1}, Right("r"), Mapping()]:
    try:
        print(repr(fmt("<%s>", args)))
    except TypeError as e:
        print("TypeError", e)
print(fmt("%(a)s and %(b)s", {"a": 1, "b": 2}), fmt("%(x)s", Mapping()))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 5)]:
    try:
        print(fmt(*bad))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
