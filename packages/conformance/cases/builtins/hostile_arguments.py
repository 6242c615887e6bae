# Hostile arguments to builtins: huge widths/precisions in %-formatting and
# format specs (OverflowError/ValueError as CPython, MemoryError where CPython
# would build a multi-gigabyte string), read-only attributes of builtin types
# ("readonly attribute" for CPython's members), bad sizes, types and counts.
import types


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:60])
    except MemoryError:
        # pyvm's MemoryError names its allocation limit; CPython would allocate or say nothing.
        print(label, "MemoryError")
    except Exception as e:
        print(label, "!", type(e).__name__, str(e)[:150])


t("%.*f 2**31", lambda: '%.*f' % (2 ** 31, 1.0))
t("%.*f 10**10", lambda: '%.*f' % (10 ** 10, 1.0))
t("%.*d 2**31", lambda: '%.*d' % (2 ** 31, 1))
t("%*d 2**63", lambda: '%*d' % (2 ** 63, 1))
t("%.2147483648f", lambda: '%.2147483648f' % 1.0)
t("%.500d", lambda: len('%.500d' % 1))
t("%.300f", lambda: len('%.300f' % 1.0))
t("%*s negative", lambda: '%*s' % (-3, 'a'))
t("%.*s negative", lambda: '%.*s' % (-1, 'abc'))
t("format .2147483648f", lambda: format(1.0, '.2147483648f'))
t("format 20 digits", lambda: format(1.0, '.99999999999999999999f'))
t("format width 1e22", lambda: format(1, '9999999999999999999999d'))
t("format int precision", lambda: format(1, '.5d'))
t("format .1000f", lambda: len(format(1.0, '.1000f')))
t("ljust 2**63", lambda: 'x'.ljust(2 ** 63))
t("center 2**63", lambda: 'x'.center(2 ** 63))
t("shift negative", lambda: 1 << -1)
t("str * float", lambda: 'x' * 2.0)
t("round 2**63", lambda: round(1.5, 2 ** 63))
t("round -2**63", lambda: round(1.5, -2 ** 63))
t("int inf", lambda: int(float('inf')))
t("chr(-1)", lambda: chr(-1))
t("chr(2**64)", lambda: chr(2 ** 64))
t("bytes(-1)", lambda: bytes(-1))
t("bytearray(-5)", lambda: bytearray(-5))
t("range(nan)", lambda: range(float('nan')))
t("sorted key raises", lambda: sorted([3, 1, 2], key=lambda x: 1 / 0))


def f():
    pass


for o, a in [(property(), "fget"), (property(), "fdel"), (slice(1), "start"), (range(3), "step"), (1j, "real"),
             (1, "real"), (1.5, "imag"), (f, "__closure__"), (f, "__globals__"), (classmethod(f), "__func__"),
             (staticmethod(f), "__func__"), (types.MethodType(f, 1), "__self__"), (f.__code__, "co_name"),
             (super(int, 1), "__thisclass__"), ((x for x in []), "gi_running"), ([].append, "__self__")]:
    try:
        setattr(o, a, 5)
        print(type(o).__name__, a, "ok")
    except Exception as e:
        print(type(o).__name__, a, type(e).__name__, e)
