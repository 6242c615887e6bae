"""gc — garbage collector interface (https://docs.python.org/3.11/library/gc.html).

pyvm's objects are collected by the JavaScript engine, which cannot be
driven or inspected from Python: collect() returns 0 (nothing found
unreachable by Python's own collector), enable/disable/isenabled only
track a flag, thresholds and counts are CPython's defaults, and the
object-graph queries (get_objects, get_referrers, get_referents) raise
NotImplementedError naming the function.
"""

__all__ = ["collect", "enable", "disable", "isenabled", "get_count", "get_threshold", "set_threshold",
           "get_objects", "get_referrers", "get_referents", "is_tracked", "is_finalized", "freeze",
           "unfreeze", "get_freeze_count", "get_stats", "garbage", "callbacks", "DEBUG_STATS",
           "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK", "set_debug", "get_debug"]

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def is_tracked(obj):
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_objects(generation=None):
    raise NotImplementedError("gc.get_objects() is not supported by pyvm (the JavaScript engine owns the heap)")


def get_referrers(*objs):
    raise NotImplementedError("gc.get_referrers() is not supported by pyvm (the JavaScript engine owns the heap)")


def get_referents(*objs):
    raise NotImplementedError("gc.get_referents() is not supported by pyvm (the JavaScript engine owns the heap)")
