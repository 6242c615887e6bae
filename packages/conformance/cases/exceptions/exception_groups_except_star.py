# ExceptionGroup and except*: splitting by type, nested groups, subgroup/split, re-raising leftovers
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(str(eg), repr(eg.message), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
try:
    raise eg
except* ValueError as g:
    print("ValueError part:", repr(g.message), [str(e) for e in g.exceptions])
except* (TypeError, KeyError) as g:
    print("Type/Key part:", [type(e).__name__ for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), RuntimeError("b")])
    except* ValueError:
        print("handled ValueError only")
except ExceptionGroup as rest:
    print("leftover:", repr(rest.message), [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", type(g).__name__, repr(g.message), [str(e) for e in g.exceptions])
nested = ExceptionGroup("top", [ValueError("x"), ExceptionGroup("inner", [TypeError("y"), ValueError("z")])])
match, rest = nested.split(ValueError)
print(match.message, [type(e).__name__ for e in match.exceptions], rest.message, [type(e).__name__ for e in rest.exceptions])
print(nested.subgroup(TypeError).exceptions[0].exceptions, nested.subgroup(OSError))
sub = nested.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "z")
print(repr(sub.message), sub.exceptions[0].message, sub.exceptions[0].exceptions)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("mixed", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    compile("try:\n    pass\nexcept* ValueError:\n    break", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
log = []
try:
    raise ExceptionGroup("many", [OSError("o"), ValueError("v")])
except* OSError:
    log.append("os")
except* ValueError:
    log.append("value")
print(log)
def raiser():
    try:
        raise ExceptionGroup("g", [KeyError(1)])
    except* KeyError as g:
        raise RuntimeError("converted") from g
try:
    raiser()
except RuntimeError as e:
    print("RuntimeError from group:", e, type(e.__cause__).__name__)
eg2 = ExceptionGroup("derive", [ValueError(1)])
d = eg2.derive([TypeError(2)])
print(type(d).__name__, d.message, d.exceptions)
