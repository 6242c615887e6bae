# helper found only through sys.path manipulation
def where():
    return "pathmod loaded via sys.path"
from helpers import counter_mod as via_absolute
