"""posixpath — pathname manipulations on POSIX paths (`os.path`).

pyvm's pure-Python implementation of the string operations of
https://docs.python.org/3.11/library/os.path.html.  File-system queries
go through the host: `exists`/`isfile` ask whether the file can be read;
`isdir` is not knowable and answers False.
"""

import _pyvm_host

__all__ = ["join", "split", "splitext", "basename", "dirname", "normpath",
           "abspath", "isabs", "exists", "isfile", "isdir", "relpath",
           "commonprefix", "expanduser", "sep", "curdir", "pardir", "extsep",
           "altsep", "pathsep", "defpath", "devnull"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return f(p)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    path = _fspath(a)
    for b in map(_fspath, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_pyvm_host.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    path = abspath(path)
    start = abspath(start if start is not None else curdir)
    a = [x for x in start.split("/") if x]
    b = [x for x in path.split("/") if x]
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    rel = [pardir] * (len(a) - i) + b[i:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    return path


def exists(path):
    try:
        return _pyvm_host.exists(_fspath(path))
    except TypeError:
        return False


isfile = exists


def isdir(path):
    return False
