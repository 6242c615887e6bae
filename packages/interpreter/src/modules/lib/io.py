"""io — in-memory text and binary streams.

pyvm's pure-Python implementation of the in-memory parts of
https://docs.python.org/3.11/library/io.html: `StringIO` and `BytesIO`
(newline translation is not implemented: text is stored as written).
There are no file objects; `open` is not provided.
"""

import sys as _sys

__all__ = ["StringIO", "BytesIO", "UnsupportedOperation", "TextIOBase", "IOBase",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

UnsupportedOperation = OSError
try:
    _sys.stdin.write("")
except Exception as _e:
    UnsupportedOperation = type(_e)


class IOBase:
    """Base class of the in-memory streams."""

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._check_open()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _Buffer(IOBase):
    # Shared implementation over a list of chunks of `self._empty`'s type.
    _empty = ""
    _nl = "\n"

    def __init__(self, initial):
        super().__init__()
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readline(self, size=-1):
        self._check_open()
        i = self._buf.find(self._nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def write(self, s):
        self._check_open()
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size


class TextIOBase(IOBase):
    pass


class StringIO(_Buffer, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _pad = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return super().write(s)

    @property
    def encoding(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Buffer):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b""
    _nl = b"\n"
    _pad = b"\0"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b"")

    def write(self, b):
        return super().write(bytes(b))

    def getbuffer(self):
        return bytearray(self._buf)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"
