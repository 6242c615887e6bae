# importing .py modules and packages next to the script: import/from/as, package __init__, relative imports in packages
import sys
print("importing helpers.counter_mod")
import helpers.counter_mod
print(helpers.counter_mod.value, helpers.counter_mod.bump(), helpers.counter_mod.LOADS)
import helpers.counter_mod as cm
print(cm is helpers.counter_mod, cm.value)
from helpers.counter_mod import bump, value
print(bump(), value, cm.value)
from helpers import counter_mod
print(counter_mod is cm, "helpers.counter_mod" in sys.modules, "helpers" in sys.modules)
import shapes
print(shapes.VERSION, shapes.Square(3).area(), shapes.area_of(shapes.Square(2)), shapes.Square(4).describe())
from shapes.solid import Cube, PARENT
print(Cube(2).area(), PARENT, Cube(1).describe(), Cube.kind)
import shapes.flat
print(shapes.flat is shapes.flat_module, shapes.flat.Square is shapes.Square)
print(shapes.__name__, shapes.flat.__name__, shapes.solid.__name__, shapes.__package__, shapes.flat.__package__)
print(type(shapes).__name__, type(sys.modules["shapes"]).__name__, hasattr(shapes, "__path__"), hasattr(shapes.flat, "__path__"))
from helpers.starmod import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from shapes import *
print(VERSION, Square.__module__, area_of.__module__)
import helpers.nameprint as np_mod
print(np_mod.is_main(), __name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helpers import missing_submodule
except ImportError as e:
    print("ImportError:", type(e).__name__, str(e).split(" (")[0])
try:
    from shapes.flat import Circle
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(sorted(k for k in sys.modules if k.startswith(("helpers", "shapes"))))
