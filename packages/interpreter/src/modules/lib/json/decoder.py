"""json.decoder — JSONDecoder and JSONDecodeError.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/json.html and observed CPython
behaviour: a recursive-descent scanner whose error messages and positions
match CPython's ("Expecting value: line 1 column 1 (char 0)", ...).
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WS = " \t\n\r"
_DIGITS = "0123456789"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t"}
_CONTROL_DELETE = str.maketrans(dict.fromkeys(range(0x20)))
_HEX = frozenset("0123456789abcdefABCDEF")
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = f"{msg}: line {lineno} column {colno} (char {pos})"
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Raised inside the scanner when no value starts at `pos`."""

    def __init__(self, pos):
        self.pos = pos


class _Scanner:
    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def skip_ws(self, pos):
        s = self.s
        n = len(s)
        while pos < n and s[pos] in _WS:
            pos += 1
        return pos

    def value(self, pos):
        """Parse the value starting exactly at pos; return (value, end)."""
        s = self.s
        if pos >= len(s):
            raise _NoValue(pos)
        ch = s[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == "{":
            return self.object(pos + 1)
        if ch == "[":
            return self.array(pos + 1)
        if ch == "n" and s.startswith("null", pos):
            return None, pos + 4
        if ch == "t" and s.startswith("true", pos):
            return True, pos + 4
        if ch == "f" and s.startswith("false", pos):
            return False, pos + 5
        if ch in _DIGITS or ch == "-":
            result = self.number(pos)
            if result is not None:
                return result
        if ch == "N" and s.startswith("NaN", pos):
            return self.parse_constant("NaN"), pos + 3
        if ch == "I" and s.startswith("Infinity", pos):
            return self.parse_constant("Infinity"), pos + 8
        if ch == "-" and s.startswith("-Infinity", pos):
            return self.parse_constant("-Infinity"), pos + 9
        raise _NoValue(pos)

    def number(self, start):
        s = self.s
        n = len(s)
        pos = start
        if s[pos] == "-":
            pos += 1
        if pos >= n or s[pos] not in _DIGITS:
            return None
        if s[pos] == "0":
            pos += 1
        else:
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        int_end = pos
        is_float = False
        if pos + 1 < n and s[pos] == "." and s[pos + 1] in _DIGITS:
            pos += 2
            while pos < n and s[pos] in _DIGITS:
                pos += 1
            is_float = True
        if pos < n and s[pos] in "eE":
            e = pos + 1
            if e < n and s[e] in "+-":
                e += 1
            if e < n and s[e] in _DIGITS:
                while e < n and s[e] in _DIGITS:
                    e += 1
                pos = e
                is_float = True
        if is_float:
            return self.parse_float(s[start:pos]), pos
        return self.parse_int(s[start:int_end]), int_end

    def string(self, begin):
        """Parse a string whose opening quote is at begin - 1."""
        s = self.s
        n = len(s)
        chunks = []
        pos = begin
        while True:
            quote = s.find('"', pos)
            backslash = s.find("\\", pos, quote if quote >= 0 else n)
            if quote < 0 and backslash < 0:
                self.check_control(pos, n)
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            end = backslash if backslash >= 0 else quote
            self.check_control(pos, end)
            chunks.append(s[pos:end])
            if backslash < 0:
                return "".join(chunks), quote + 1
            pos = backslash + 1
            if pos >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            esc = s[pos]
            if esc != "u":
                char = _SIMPLE_ESCAPES.get(esc)
                if char is None:
                    raise JSONDecodeError("Invalid \\escape", s, backslash)
                chunks.append(char)
                pos += 1
                continue
            uni = self.hex4(pos)
            pos += 5
            if 0xD800 <= uni <= 0xDBFF and s.startswith("\\u", pos):
                uni2 = self.hex4(pos + 1)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    pos += 6
            chunks.append(chr(uni))

    def hex4(self, upos):
        """Read the 4 hex digits after the 'u' at upos."""
        digits = self.s[upos + 1:upos + 5]
        if len(digits) != 4 or not all(c in _HEX for c in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, upos)
        return int(digits, 16)

    def check_control(self, start, end):
        if not self.strict:
            return
        s = self.s
        chunk = s[start:end]
        if len(chunk.translate(_CONTROL_DELETE)) != len(chunk):
            for i in range(start, end):
                if s[i] < " ":
                    raise JSONDecodeError("Invalid control character at", s, i)

    def object(self, pos):
        s = self.s
        pairs = []
        pos = self.skip_ws(pos)
        if s[pos:pos + 1] != '"':
            if s[pos:pos + 1] == "}":
                return self.finish_object(pairs), pos + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, pos)
        memo = self.memo
        while True:
            key, pos = self.string(pos + 1)
            key = memo.setdefault(key, key)
            pos = self.skip_ws(pos)
            if s[pos:pos + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = self.skip_ws(pos + 1)
            try:
                value, pos = self.value(pos)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            pos = self.skip_ws(pos)
            ch = s[pos:pos + 1]
            if ch == "}":
                return self.finish_object(pairs), pos + 1
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = self.skip_ws(pos + 1)
            if s[pos:pos + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, pos)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, pos):
        s = self.s
        values = []
        pos = self.skip_ws(pos)
        if s[pos:pos + 1] == "]":
            return values, pos + 1
        while True:
            try:
                value, pos = self.value(pos)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            pos = self.skip_ws(pos)
            ch = s[pos:pos + 1]
            if ch == "]":
                return values, pos + 1
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = self.skip_ws(pos + 1)


class JSONDecoder:
    """Simple JSON decoder (see the json module documentation for the
    translation table and the hooks)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str instance containing
        a JSON document)."""
        scanner = _Scanner(self, s)
        obj, end = self.raw_decode(s, idx=scanner.skip_ws(0))
        end = scanner.skip_ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON
        document) and return a 2-tuple of the Python representation and the
        index in s where the document ended."""
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
