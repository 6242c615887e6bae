"""string — common string operations.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/string.html: the constants, capwords,
Template ($-substitution) and Formatter (str.format machinery exposed as
overridable methods).

Template is parsed by hand rather than with `re`: subclasses may change
`delimiter`, and `idpattern`-style identifiers are ASCII letters, digits and
underscores; a custom `pattern`/`idpattern` regular expression is not
supported (approximation).  Formatter.parse reproduces CPython's error
messages for malformed format strings.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with str.split(sep), capitalize each word and
    join them with sep (a single space when sep is None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# --------------------------------------------------------------------------
# Template

_ID_START = frozenset("_" + ascii_letters)
_ID_CHARS = frozenset("_" + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, payload) pieces of the template:
        ("text", ...), ("escaped", ...), ("named", name), ("braced", name)
        and ("invalid", ...)."""
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        pos = 0
        while True:
            i = s.find(delim, pos)
            if i < 0:
                if pos < n:
                    yield "text", pos, n, None
                return
            if i > pos:
                yield "text", pos, i, None
            j = i + dlen
            if s.startswith(delim, j):
                yield "escaped", i, j + dlen, None
                pos = j + dlen
                continue
            if j < n and s[j] == "{":
                k = j + 1
                if k < n and s[k] in _ID_START:
                    e = k + 1
                    while e < n and s[e] in _ID_CHARS:
                        e += 1
                    if e < n and s[e] == "}":
                        yield "braced", i, e + 1, s[k:e]
                        pos = e + 1
                        continue
                yield "invalid", i, j, None
                pos = j
                continue
            if j < n and s[j] in _ID_START:
                e = j + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield "named", i, e, s[j:e]
                pos = e
                continue
            yield "invalid", i, j, None
            pos = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainedMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_sentinel_dict if mapping is None else mapping, kws)
        out = []
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == "text":
                out.append(s[start:end])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_sentinel_dict if mapping is None else mapping, kws)
        out = []
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == "text":
                out.append(s[start:end])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(s[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
        return "".join(out)

    def is_valid(self):
        """False if the template contains an invalid placeholder."""
        return all(kind != "invalid" for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        """The distinct placeholder names, in order of first appearance."""
        ids = []
        for kind, _, _, name in self._scan():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
        return ids


_sentinel_dict = {}


class _ChainedMapping:
    """Keyword arguments first, then the positional mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# --------------------------------------------------------------------------
# Formatter

def _find_close(s, i):
    """Index of the '}' closing a replacement field whose body continues at
    i (nested braces counted), or -1."""
    depth = 1
    n = len(s)
    while i < n:
        c = s[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _parse_format(s):
    """Split a format string into (literal, field_name, spec, conversion)."""
    n = len(s)
    pos = 0
    literal = []
    while pos < n:
        c = s[pos]
        if c == "}":
            if pos + 1 < n and s[pos + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                pos += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            pos += 1
            continue
        if pos + 1 < n and s[pos + 1] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            pos += 2
            continue
        if pos + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: the field name first.
        i = pos + 1
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if c == "[":
                close = s.find("]", i)
                if close < 0:
                    raise ValueError("expected '}' before end of string")
                i = close + 1
                continue
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c in "}!:":
                break
            i += 1
        field_name = s[pos + 1:i]
        conversion = None
        spec = ""
        if c == "}":
            end = i
        else:
            if c == "!":
                i += 1
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                end = _find_close(s, i)
                if end < 0:
                    raise ValueError("unmatched '{' in format spec")
                rest = s[i:end]
                if rest and rest[0] != ":":
                    raise ValueError("expected ':' after conversion specifier")
                spec = rest[1:]
            else:
                end = _find_close(s, i + 1)
                if end < 0:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[i + 1:end]
        yield "".join(literal), field_name, spec, conversion
        literal = []
        pos = end + 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(field_name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif c == "[":
            j = field_name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() machinery with each step as an overridable method."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '' means automatic numbering; mixing with explicit indexes fails.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Return an iterator of (literal_text, field_name, format_spec,
        conversion) tuples; malformed input raises ValueError while iterating."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
