"""traceback — print and format exceptions and stacks
(https://docs.python.org/3.11/library/traceback.html).

Exceptions are rendered by the VM's own excepthook formatter (the exact text
of an uncaught exception: chains, carets, "[Previous line repeated ...]"),
reached through `_pyvm_host.format_exception`; source lines come from the
files the VM has run or imported.

Approximations: `format_exception` returns the text split into lines (CPython
groups a frame's lines into one string; "".join gives the same text); `limit`
is honoured by the extract/format_tb/print_tb family but ignored when whole
exceptions are formatted; no TracebackException class.
"""

import sys as _sys
import _pyvm_host

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "walk_stack", "walk_tb", "FrameSummary", "StackSummary", "clear_frames"]

_sentinel = object()


def _value_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format an exception (and its chain) as CPython's default excepthook would."""
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _pyvm_host.format_exception(value).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """The final 'Type: message' line(s) of a formatted exception."""
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    t = type(value)
    name = t.__qualname__
    if t.__module__ not in ("builtins", "__main__"):
        name = t.__module__ + "." + name
    text = str(value)
    line = f"{name}: {text}\n" if text else f"{name}\n"
    notes = getattr(value, "__notes__", None)
    out = [line]
    if notes:
        out.extend(f"{n}\n" for n in notes)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(_sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(_sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _pyvm_host.source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = _sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines))
        if limit is not None:
            if limit >= 0:
                result = klass(result[:limit])
            else:
                result = klass(result[limit:])
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        return "".join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = _sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _sys._getframe().f_back
    if file is None:
        file = _sys.stderr
    for item in format_list(extract_stack(f, limit=limit)):
        print(item, file=file, end="")


def clear_frames(tb):
    pass
