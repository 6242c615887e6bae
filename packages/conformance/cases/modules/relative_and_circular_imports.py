# relative import from a top-level script fails, circular imports between package modules see partial modules
import sys
try:
    from . import helpers
except ImportError as e:
    print("ImportError:", e)
try:
    exec("from .helpers import starmod")
except ImportError as e:
    print("ImportError:", e)
print("importing circular.first")
import circular.first
print(circular.first.use_second())
print(sorted(k for k in sys.modules if k.startswith("circular")))
print(circular.first.second.first is circular.first, circular.second.__package__)
import circular.second as sec
print(sec.helper(), sec is circular.first.second)
try:
    import circular.third
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from circular import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import importlib
m = importlib.import_module(".second", package="circular")
print(m is sec, importlib.import_module("circular").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
print(__package__, __name__)
