# Integers beyond Py_ssize_t (+-2**63) as indexes, slice bounds, repeat
# counts and sizes: IndexError / OverflowError "cannot fit 'int' into an
# index-sized integer", clinic's "Python int too large to convert to C
# ssize_t", slices clamping, and MemoryError for counts that fit but are huge.
tests = [
 "[1][2**63]", "[1][-2**63-1]", "[1][2**63-1]", "[1][2**100]", "'abc'[2**100]", "'abc'[2**63]", "(1,2)[2**64]", "b'ab'[2**64]", "bytearray(b'ab')[2**64]",
 "range(10)[2**64]", "range(10)[2**63-1]", "range(2**100)[2**80]", "range(2**100)[2**100]", "range(10)[2**64:]", "len(range(2**70))",
 "[1,2,3][2**70:]", "[1,2,3][-2**70:]", "[1,2,3][:2**70]", "[1,2,3][::2**70]", "[1,2,3][::-2**70]", "'abc'[2**70:]", "(1,2)[::2**64]",
 "[1] * 2**63", "[] * 2**62", "'' * 2**62", "'ab' * 2**62", "b'' * 2**62", "[1, 2] * -2**62", "[1] * 2**62", "[1] * -2**63", "[1]* -2**100", "'a' * 2**63", "'a' * 2**62", "(1,) * 2**64", "b'a' * 2**64", "[] * 2**100", "'' * 2**100",
 "bytes(2**63)", "bytes(2**62)", "bytes(-1)", "bytearray(2**64)", "[0]*(2**62)",
 "x = [1,2]; x[2**63] = 5", "x = [1,2]; del x[2**63]", "[1,2].pop(2**63)", "[1,2].insert(2**63, 0) or 'ok'", "[1,2].index(1, 2**63)", "[1,2].index(1, -2**70)",
 "'abc'.find('a', 2**70)", "'abc'.find('a', -2**70)", "(1,2).index(1, 0, 2**70)", "slice(2**70).indices(5)", "slice(None, None, 2**70).indices(5)",
 "range(0, 2**70, 2**65).index(2**66)", "range(10).index(2**70)", "range(10).count(2**70)", "2**70 in range(10)", "range(2**64)[-1]",
 "list(range(10))[2**63-1:2**63]", "[1,2,3][True]", "'abc'.__getitem__(2**64)", "[1].__getitem__(-2**64)",
 "x=[1,2,3]; x[2**70:] = [9]; x", "x=[1,2,3]; del x[-2**70:1]; x", "'ab'.center(2**63)", "'ab'.zfill(2**63)", "'%*d' % (2**63, 1)", "'{:{}}'.format(1, 2**63)",
 "'a'.ljust(2**100)", "[1,2,3].pop(-2**70)", "__import__('itertools').islice([1,2], 2**70)", "sum([], 2**70)",
 "hash(2**70) == hash(2**70 % (2**61-1))", "chr(2**64)", "[].__mul__(2**63)", "(2**63).__index__()", "range(2**63).__len__()",
]
for t in tests:
    try:
        if "=" in t and not t.startswith("hash"):
            ns = {}
            exec(t.split(";")[0], ns)
            rest = t.split(";")[1:]
            r = None
            for part in rest:
                part = part.strip()
                try:
                    r = eval(part, ns)
                except SyntaxError:
                    exec(part, ns)
            print(t, "->", repr(r)[:60])
        else:
            print(t, "->", repr(eval(t))[:60])
    except Exception as e:
        # pyvm's MemoryError names its allocation limit; CPython's is empty.
        print(t, "!", type(e).__name__, "" if isinstance(e, MemoryError) else e)
