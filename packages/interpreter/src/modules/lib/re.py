"""Regular expressions (https://docs.python.org/3.11/library/re.html).

The Python-facing layer of pyvm's ``re``: Pattern and Match objects, the
module functions, replacement templates and the pattern cache. Parsing and
matching happen in the host module ``_pyvm_re`` (src/modules/re/), which
translates Python syntax to a JavaScript RegExp and reports spans in code
points. Iteration (finditer, findall, sub, split) follows CPython 3.7+: an
empty match is allowed right after a non-empty one, but never twice at the
same position.

Approximations: conditional groups ``(?(1)a|b)`` and ``\\N{...}`` raise
NotImplementedError; bytes patterns run on the latin-1 decoding of the
subject (ASCII classes, as in CPython); LOCALE and DEBUG are accepted but
have no effect; case-insensitive matching uses Unicode simple case folding
(also under ASCII, where CPython folds ASCII letters only). JavaScript
backtracking differs from sre in one corner: a repeated group whose last
iteration matches empty keeps the previous iteration's capture
(``(a*)+`` on "aa" gives group 1 == "aa"; CPython gives "").
"""

import enum as _enum
import _pyvm_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
    "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                     "UNICODE", "VERBOSE", "DEBUG", "ASCII"):
            bit = int(RegexFlag[name])
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """Exception raised for invalid regular expressions (``re.error``)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

_MAXCACHE = 512
_cache = {}
_template_cache = {}


def _is_bytes(s):
    return isinstance(s, (bytes, bytearray, memoryview))


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, str):
        is_bytes = False
        source = pattern
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif _is_bytes(pattern):
        is_bytes = True
        source = bytes(pattern).decode("latin-1")
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    res = _pyvm_re.compile(source, int(flags), is_bytes)
    if res[0] is None:
        if res[2] is None:
            raise error(res[1])
        raise error(res[1], pattern, res[2])
    p = Pattern(pattern, res, is_bytes)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _subject(p, string):
    if p._is_bytes:
        if isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if not _is_bytes(string):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        return bytes(string).decode("latin-1")
    if isinstance(string, str):
        return string
    if _is_bytes(string):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


_MAXPOS = 9223372036854775807


class Pattern:
    """A compiled regular expression (``re.Pattern``)."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_prog", "_parents", "_is_bytes")

    def __init__(self, pattern, res, is_bytes):
        self.pattern = pattern
        self._prog = res[0]
        self.flags = res[1]
        self.groups = res[2]
        self.groupindex = res[3]
        self._parents = res[4]
        self._is_bytes = is_bytes

    def _exec(self, string, pos, endpos, mode):
        s = _subject(self, string)
        spans = _pyvm_re.exec(self._prog, s, pos, endpos, mode, False)
        if spans is None:
            return None
        return Match(self, string, s, spans)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        s = _subject(self, string)
        for spans in _pyvm_re.finditer(self._prog, s, pos, endpos):
            yield Match(self, string, s, spans)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        s = _subject(self, string)
        out = _pyvm_re.findall(self._prog, s, pos, endpos)
        if self._is_bytes:
            if self.groups > 1:
                return [tuple(_to_bytes(x) for x in t) for t in out]
            return [_to_bytes(x) for x in out]
        return out

    def split(self, string, maxsplit=0):
        s = _subject(self, string)
        out = _pyvm_re.split(self._prog, s, maxsplit)
        if self._is_bytes:
            return [None if x is None else _to_bytes(x) for x in out]
        return out

    def _subx(self, repl, string, count):
        s = _subject(self, string)
        if callable(repl):
            is_bytes = self._is_bytes

            def call(spans):
                r = repl(Match(self, string, s, spans))
                if r is None:
                    return None
                if is_bytes:
                    if not _is_bytes(r):
                        raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
                    return bytes(r).decode("latin-1")
                if not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                return r

            arg = call
        else:
            if self._is_bytes:
                if isinstance(repl, str) or not _is_bytes(repl):
                    raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
                repl_s = bytes(repl).decode("latin-1")
            else:
                if not isinstance(repl, str):
                    raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
                repl_s = repl
            if "\\" not in repl_s:
                arg = (repl_s,)
            else:
                key = (self, repl_s)
                arg = _template_cache.get(key)
                if arg is None:
                    arg = tuple(_parse_template(repl_s, self, repl).parts)
                    if len(_template_cache) >= _MAXCACHE:
                        _template_cache.clear()
                    _template_cache[key] = arg
        result, n = _pyvm_re.subn(self._prog, s, count, arg)
        if self._is_bytes:
            result = _to_bytes(result)
        return result, n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes:
            flags &= ~int(UNICODE)
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if flags:
            return "re.compile(%s, %r)" % (r, RegexFlag(flags))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = _subject(pattern, string)
        self._pos = pos
        self._endpos = min(endpos, len(self._s))
        self._must_advance = False

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        spans = _pyvm_re.exec(self.pattern._prog, self._s, self._pos, self._endpos, mode, self._must_advance)
        if spans is None:
            self._pos = self._endpos + 1
            return None
        self._must_advance = spans[1] == spans[0]
        self._pos = spans[1]
        return Match(self.pattern, self._string, self._s, spans)

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


_substr = _pyvm_re.substr


def _to_bytes(s):
    return s.encode("latin-1")


class Match:
    """The result of a successful match (``re.Match``)."""

    __slots__ = ("re", "string", "pos", "endpos", "_s", "_spans")

    def __init__(self, pattern, string, s, spans):
        # spans: (start0, end0, start1, end1, ..., pos, endpos) in code points
        self.re = pattern
        self.string = string
        self._s = s
        self._spans = spans
        self.pos = spans[-2]
        self.endpos = spans[-1]

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
            raise IndexError("no such group")
        if hasattr(type(g), "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._spans[2 * i]
        if a < 0:
            return default
        item = _substr(self._s, a, self._spans[2 * i + 1])
        if self.re._is_bytes:
            return _to_bytes(item)
        return item

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        if self.re._is_bytes:
            t = _parse_template(bytes(template).decode("latin-1"), self.re, template)
            return _to_bytes(t.expand_spans(self._s, self._spans))
        return _parse_template(template, self.re, template).expand_spans(self._s, self._spans)

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        spans = self._spans
        parents = self.re._parents
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            a = spans[2 * g]
            if a < 0:
                continue
            e = spans[2 * g + 1]
            if e > best_end:
                best, best_end = g, e
            elif e == best_end:
                # same end: an enclosing group closes after its children
                p = parents[g - 1]
                inner = False
                while p:
                    if p == best:
                        inner = True
                        break
                    p = parents[p - 1]
                if not inner:
                    best = g
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == i:
                return name
        return None

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"
Match.__module__ = "re"

_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"


class _Template:
    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts  # str literals and int group numbers

    def expand_spans(self, s, spans):
        out = []
        for p in self.parts:
            if type(p) is int:
                a = spans[2 * p]
                if a >= 0:
                    out.append(_substr(s, a, spans[2 * p + 1]))
            else:
                out.append(p)
        return "".join(out)


def _parse_template(t, pattern, original):
    if not isinstance(t, str):
        raise TypeError("expected str instance, %s found" % type(t).__name__)
    parts = []
    lit = []
    i = 0
    n = len(t)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, original, pos)

    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = t[i]
        i += 1
        if c == "g":
            if i >= n or t[i] != "<":
                raise err("missing <", i)
            j = t.find(">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise err("missing group name", i + 1)
                raise err("missing >, unterminated name", i + 1)
            name = t[i + 1:j]
            if not name:
                raise err("missing group name", i + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index > groups:
                    raise err("invalid group reference %d" % index, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise err("bad character in group name '%s'" % name, i + 1)
            i = j + 1
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(index)
        elif c == "0":
            v = c
            if i < n and t[i] in _OCT:
                v += t[i]
                i += 1
                if i < n and t[i] in _OCT:
                    v += t[i]
                    i += 1
            lit.append(chr(int(v, 8)))
        elif c in _DIGITS:
            v = c
            if i < n and t[i] in _DIGITS:
                v += t[i]
                i += 1
                if c in _OCT and v[1] in _OCT and i < n and t[i] in _OCT:
                    v += t[i]
                    i += 1
                    code = int(v, 8)
                    if code > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % v, start)
                    lit.append(chr(code))
                    continue
            index = int(v)
            if index > groups:
                raise err("invalid group reference %d" % index, start + 1)
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(index)
        elif c in _SIMPLE:
            lit.append(_SIMPLE[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            lit.append("\\")
            lit.append(c)
    if lit:
        parts.append("".join(lit))
    return _Template(parts)


# ---- module-level functions ------------------------------------------------------------------

def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")
_SPECIAL_B = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    s = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in s).encode("latin-1")
