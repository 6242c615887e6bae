# modules pyvm does not ship raise ModuleNotFoundError with CPython's message and .name; missing names in builtin modules raise ImportError
import sys
for name in ["textwrap_not_here", "no_such_module", "no_such_pkg.sub", "sys.nope"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module as alias
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, issubclass(ModuleNotFoundError, ImportError))
print("no_such_module" in sys.modules)
