print("  first: start")
from . import second
VALUE = "first value"
def use_second():
    return second.helper()
print("  first: end")
