# sys.modules caching: a module body runs once, identity across import forms, deleting from sys.modules re-imports
import sys
print("first import")
import helpers.counter_mod as a
print("second import (cached, body does not run)")
import helpers.counter_mod as b
print(a is b, a.bump(), b.value)
mod = sys.modules["helpers.counter_mod"]
print(mod is a, mod.__name__, type(mod).__name__)
del sys.modules["helpers.counter_mod"]
print("import after deleting from sys.modules")
import helpers.counter_mod as c
print(c is a, c.value, a.value)
import importlib
print("importlib.reload")
d = importlib.reload(c)
print(d is c, d.value)
m = importlib.import_module("helpers.starmod")
print(m.exported, m is sys.modules["helpers.starmod"])
fake = type(sys)("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer, fake_module is fake, fake.__name__)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
print(__name__, __file__.endswith("module_caching_reload.py"), isinstance(__builtins__, type(sys)) or isinstance(__builtins__, dict))
def local_import():
    import math as m2
    return m2.floor(2.7)
print(local_import(), "m2" in globals())
import math, json as j, helpers.starmod
print(math.pi, j.dumps([1]), helpers.starmod.also)
print(sys.modules["math"] is math, "__main__" in sys.modules, sys.modules["__main__"].__name__)
main = sys.modules["__main__"]
print(main.local_import is local_import, hasattr(main, "fake"))
