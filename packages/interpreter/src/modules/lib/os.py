"""os — the portable parts of https://docs.python.org/3.11/library/os.html.

pyvm never touches the host's file system or processes itself: `environ`
is the (usually empty) mapping the embedder passes in, `getcwd` asks the
host, `os.path` is `posixpath`.  `urandom` is deliberately absent (so
`random.seed()` falls back to the clock).
"""

import sys as _sys
import _pyvm_host
import posixpath as path

__all__ = ["environ", "getcwd", "path", "sep", "curdir", "pardir", "linesep",
           "name", "getenv", "fspath", "PathLike", "devnull"]

_sys.modules["os.path"] = path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"

environ = dict(_pyvm_host.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _pyvm_host.getcwd()


def getpid():
    return 1


def cpu_count():
    return 1


class PathLike:
    """Abstract base class for objects with `__fspath__`."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}")
    return r
