"""time — time access and conversions.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/time.html.  Clocks come from the host
(`_pyvm_host`).  There is no time-zone database: local time is UTC
(`timezone == 0`, `tm_isdst == 0`), so `localtime` equals `gmtime` and
`mktime` is the inverse of `gmtime`.  `strftime`/`strptime` implement the
C-locale directives %a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X
%y %Y %Z %z %%.
"""

import _pyvm_host

__all__ = [
    "time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic",
    "monotonic_ns", "process_time", "process_time_ns", "sleep", "gmtime",
    "localtime", "mktime", "asctime", "ctime", "strftime", "strptime",
    "struct_time", "timezone", "altzone", "daylight", "tzname",
]

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

time = _pyvm_host.time
time_ns = _pyvm_host.time_ns
perf_counter = _pyvm_host.perf_counter
perf_counter_ns = _pyvm_host.perf_counter_ns
monotonic = _pyvm_host.perf_counter
monotonic_ns = _pyvm_host.perf_counter_ns
process_time = _pyvm_host.process_time


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


def sleep(secs):
    _pyvm_host.sleep(secs)


_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq[:9])

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self))
        return f"time.struct_time({inner})"

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: "UTC")  # no time-zone database: always UTC
    tm_gmtoff = property(lambda self: 0)


struct_time.__module__ = "time"


def _days_from_civil(y, m, d):
    # Howard Hinnant's days_from_civil: days since 1970-01-01.
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0, "UTC", 0))


def localtime(secs=None):
    return gmtime(secs)


def _check(t):
    if isinstance(t, struct_time):
        return tuple(t)
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    return t


def mktime(t):
    y, m, d, hh, mm, ss = _check(t)[:6]
    return float(_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def asctime(t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wd = _check(t)[:7]
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd][:3], _MONTHS[m - 1][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def _week_number(yday, wday, first):
    # %U (first == 6: weeks start on Sunday) and %W (first == 0: Monday).
    wd = (wday - first) % 7 if first == 0 else (wday + 1) % 7
    return (yday - 1 + 7 - wd) // 7


def strftime(format, t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wd, yd, dst = _check(t)
    if not 1 <= m <= 12:
        raise ValueError("month out of range")
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == "Y":
            out.append(str(y))
        elif f == "y":
            out.append("%02d" % (y % 100))
        elif f == "m":
            out.append("%02d" % m)
        elif f == "d":
            out.append("%02d" % d)
        elif f == "e":
            out.append("%2d" % d)
        elif f == "H":
            out.append("%02d" % hh)
        elif f == "I":
            out.append("%02d" % ((hh % 12) or 12))
        elif f == "M":
            out.append("%02d" % mm)
        elif f == "S":
            out.append("%02d" % ss)
        elif f == "p":
            out.append("AM" if hh < 12 else "PM")
        elif f == "a":
            out.append(_DAYS[wd][:3])
        elif f == "A":
            out.append(_DAYS[wd])
        elif f == "b" or f == "h":
            out.append(_MONTHS[m - 1][:3])
        elif f == "B":
            out.append(_MONTHS[m - 1])
        elif f == "j":
            out.append("%03d" % yd)
        elif f == "w":
            out.append(str((wd + 1) % 7))
        elif f == "u":
            out.append(str(wd + 1))
        elif f == "U":
            out.append("%02d" % _week_number(yd, wd, 6))
        elif f == "W":
            out.append("%02d" % _week_number(yd, wd, 0))
        elif f == "c":
            out.append(asctime(t))
        elif f == "x":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif f == "X":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif f == "D":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif f == "F":
            out.append("%d-%02d-%02d" % (y, m, d))
        elif f == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif f == "R":
            out.append("%02d:%02d" % (hh, mm))
        elif f == "Z":
            out.append("UTC")
        elif f == "z":
            out.append("+0000")
        elif f == "n":
            out.append("\n")
        elif f == "t":
            out.append("\t")
        elif f == "%":
            out.append("%")
        else:
            out.append("%" + f)
    return "".join(out)


def _parse_fail(string, format):
    raise ValueError(f"time data {string!r} does not match format {format!r}")


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    if not isinstance(string, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(string).__name__}")
    vals = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0}
    ampm = None
    wday = None
    pos = 0
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            f = format[i + 1]
            i += 2
            if f == "%":
                if not string.startswith("%", pos):
                    _parse_fail(string, format)
                pos += 1
                continue
            if f in "YmdHMSjyI":
                width = 4 if f == "Y" else 3 if f == "j" else 2
                start = pos
                while pos < len(string) and pos - start < width and string[pos].isdigit():
                    pos += 1
                if pos == start:
                    _parse_fail(string, format)
                v = int(string[start:pos])
                if f == "y":
                    vals["Y"] = v + (2000 if v < 69 else 1900)
                elif f == "I":
                    vals["H"] = v
                else:
                    vals[f] = v
                continue
            if f in "aAbB":
                names = _DAYS if f in "aA" else _MONTHS
                for idx, name in enumerate(names):
                    cand = name if f in "AB" else name[:3]
                    if string[pos:pos + len(cand)].lower() == cand.lower():
                        pos += len(cand)
                        if f in "aA":
                            wday = idx
                        else:
                            vals["m"] = idx + 1
                        break
                else:
                    _parse_fail(string, format)
                continue
            if f == "p":
                s = string[pos:pos + 2].upper()
                if s not in ("AM", "PM"):
                    _parse_fail(string, format)
                ampm = s
                pos += 2
                continue
            raise ValueError(f"'{f}' is a bad directive in format '%{f}'")
        if c.isspace():
            while pos < len(string) and string[pos].isspace():
                pos += 1
            i += 1
            continue
        if pos >= len(string) or string[pos] != c:
            _parse_fail(string, format)
        pos += 1
        i += 1
    if pos != len(string):
        raise ValueError(f"unconverted data remains: {string[pos:]}")
    y, m, d = vals["Y"], vals["m"], vals["d"]
    hh = vals["H"]
    if ampm is not None:
        hh = hh % 12 + (12 if ampm == "PM" else 0)
    if not 1 <= m <= 12 or not 1 <= d <= 31 or hh > 23 or vals["M"] > 59 or vals["S"] > 61:
        _parse_fail(string, format)
    days = _days_from_civil(y, m, d)
    wd = (days + 3) % 7
    yd = vals["j"] if "j" in vals else _yday(y, m, d)
    return struct_time((y, m, d, hh, vals["M"], vals["S"], wd, yd, -1, None, None))
