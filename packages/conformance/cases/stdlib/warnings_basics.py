# warnings: warn to stderr (once per location by default), categories, filters, error action, catch_warnings(record=True)
import warnings
import sys
_out = sys.stdout
class _Show:  # show the warning text in stdout, without the machine-specific directory
    def write(self, s):
        _out.write(s.replace(__file__, "FILE"))
sys.stderr = _Show()

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

def risky(n):
    warnings.warn(f"risky {n}")

for i in range(3):
    risky(1)          # same text and location: shown once
risky(2)
old()
warnings.warn("plain", RuntimeWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    risky(1)
    risky(1)
    warnings.warn("pending", PendingDeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(3)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="risky")
    risky(4)
    warnings.warn("not ignored")
warnings.warn(UserWarning("instance message"))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print("done")
