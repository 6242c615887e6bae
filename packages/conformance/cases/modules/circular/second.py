print("  second: start")
from . import first
def helper():
    return "second.helper sees " + first.VALUE
print("  second: end, first has VALUE yet?", hasattr(first, "VALUE"))
