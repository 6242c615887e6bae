# __name__ == "__main__", module-level dunders, __import__, sys.path contains the script directory
import sys, os
import helpers.nameprint
print("script __name__:", __name__)
if __name__ == "__main__":
    print("running as main")
print(helpers.nameprint.__name__, helpers.nameprint.is_main())
print(__doc__, __package__, __spec__ is None)
script_dir = os.path.dirname(os.path.abspath(__file__))
print(script_dir in [os.path.abspath(p) for p in sys.path], os.path.basename(__file__))
print(os.path.basename(sys.argv[0]), len(sys.argv))
m = __import__("helpers.starmod")
print(m.__name__, m.starmod.exported)
m2 = __import__("helpers.starmod", fromlist=["exported"])
print(m2.__name__)
print(sorted(k for k in dir() if k.startswith("__") and k not in ("__annotations__", "__cached__", "__loader__")))
def caller_module():
    return globals()["__name__"]
print(caller_module())
class Local:
    pass
print(Local.__module__, Local.__qualname__, caller_module.__module__)
exec_globals = {"__name__": "custom_exec"}
exec("class InExec: pass\nresult = InExec.__module__", exec_globals)
print(exec_globals["result"])
sys.path.append(os.path.join(script_dir, "extra_path"))
import pathmod
print(pathmod.where(), pathmod.via_absolute.value, pathmod.__name__)
try:
    import extra_path_missing
except ImportError as e:
    print(type(e).__name__, e)
