"""importlib — the public entry points of
https://docs.python.org/3.11/library/importlib.html that pyvm supports:
`import_module`, `reload` and `invalidate_caches`.
"""

import sys as _sys
import _pyvm_host

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module; `name` may be relative (leading dots) to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return _sys.modules[name]


def reload(module):
    """Re-execute a module's source in its existing namespace and return it."""
    if type(module).__name__ != "module" and not isinstance(module, type(_sys)):
        raise TypeError("reload() argument must be a module")
    return _pyvm_host.reload(module)


def invalidate_caches():
    pass
