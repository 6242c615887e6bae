"""json.encoder — JSONEncoder and string escaping.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/json.html.  The output is exactly
CPython's: floats use float.__repr__ (NaN/Infinity/-Infinity unless
allow_nan=False), separators default to (', ', ': ') or (',', ': ') with an
indent, and escapes use lowercase \\u hex with surrogate pairs for astral
characters when ensure_ascii is true.

Encoding is a recursive walk that appends chunks to a list; `iterencode`
returns an iterator over those chunks.
"""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

# Escapes required in every JSON string.
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), f"\\u{_i:04x}")
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_ESCAPE_ASCII_TABLE = str.maketrans({**_ESCAPES, "\x7f": "\\u007f"})
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii():
        return '"' + s.translate(_ESCAPE_ASCII_TABLE) + '"'
    out = []
    for ch in s:
        n = ord(ch)
        if n < 0x80:
            out.append(ch.translate(_ESCAPE_ASCII_TABLE))
        elif n < 0x10000:
            out.append(f"\\u{n:04x}")
        else:
            n -= 0x10000
            out.append(f"\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}")
    return '"' + "".join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null.  Override default() to support
    other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        return iter(_Writer(self).run(o))


class _Writer:
    """One encoding run: options copied from the encoder plus the output
    chunk list and the circular-reference markers."""

    def __init__(self, enc):
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        self.encode_str = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.chunks = []

    def run(self, o):
        self.value(o, 0)
        return self.chunks

    def float_repr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def primitive(self, o):
        """The JSON text of a scalar, or None for containers/unknown types."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_repr(o)
        return None

    # Chunk boundaries follow CPython's iterencode: a scalar is emitted
    # together with the separator (or opening bracket) before it.

    def value(self, o, level):
        text = self.primitive(o)
        if text is not None:
            self.chunks.append(text)
        else:
            self.container(o, level)

    def container(self, o, level):
        if isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def newline(self, level):
        return "\n" + self.indent * level

    def array(self, lst, level):
        append = self.chunks.append
        if not lst:
            append("[]")
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            separator = self.enc.item_separator + inner
            buf = "[" + inner
        else:
            separator = self.enc.item_separator
            buf = "["
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.primitive(item)
            if text is not None:
                append(buf + text)
            else:
                append(buf)
                self.container(item, level)
        if self.indent is not None:
            level -= 1
            append(self.newline(level))
        append("]")
        self.leave(lst)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_repr(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def object(self, dct, level):
        append = self.chunks.append
        if not dct:
            append("{}")
            return
        self.enter(dct)
        append("{")
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            separator = self.enc.item_separator + inner
            append(inner)
        else:
            separator = self.enc.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        key_separator = self.enc.key_separator
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                append(separator)
            append(self.encode_str(text))
            append(key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            append(self.newline(level))
        append("}")
        self.leave(dct)
