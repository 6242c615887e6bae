# Builtin methods called with missing (or extra) arguments raise TypeError
# with CPython's wording instead of reaching the VM's internals with an
# absent value (a hostile or buggy program must never crash the VM).
calls = [
    lambda: {}.__getitem__(), lambda: {}.__getitem__(1, 2), lambda: {}.__setitem__(), lambda: {}.__setitem__(1),
    lambda: {}.__delitem__(), lambda: {}.__contains__(), lambda: {}.pop(), lambda: {}.pop(1, 2, 3),
    lambda: set().__contains__(), lambda: frozenset().__contains__(), lambda: range(3).__getitem__(),
    lambda: {}.keys().__contains__(), lambda: {}.items().__contains__(), lambda: [].count(), lambda: ().count(),
    lambda: [].count(1, 2),
]
for i, f in enumerate(calls):
    for _ in range(3):  # hot enough for the JIT to compile the call sites
        try:
            f()
            print(i, 'no error')
        except TypeError as e:
            msg = str(e)
    print(i, 'TypeError', msg)
print({1: 2}.pop(1), {1: 2}.pop(3, 'dflt'), [1, 1].count(1), (1,).count(2), 2 in {2}, 1 in {1: 0}.keys(), range(5).__getitem__(2))
