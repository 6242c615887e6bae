# sys (argv, exit codes via SystemExit, path, modules, maxsize, getrecursionlimit/setrecursionlimit, stdout/stderr write/flush, getsizeof-free, intern, exc_info, version_info, float_info, byteorder),
# time (time/perf_counter/monotonic/process_time types and ordering, sleep(0), gmtime/strftime/strptime-free, struct_time fields, asctime of fixed tuples), string constants/Template/Formatter/capwords, copy.copy/deepcopy named forms
import sys, time, string, copy
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.maxsize == 2 ** 63 - 1, isinstance(sys.path, list), "sys" in sys.modules, sys.modules["sys"] is sys, sys.byteorder)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit, sys.maxunicode)
print(sys.getrecursionlimit()); sys.setrecursionlimit(2000); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
n = sys.stdout.write("written\n"); print(n); sys.stdout.flush(); sys.stderr.write(""); print(sys.intern("abc") == "abc", sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
for code in [None, 0, 3, "msg"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); c0 = time.process_time(); time.sleep(0)
print(type(t0).__name__, type(p0).__name__, time.monotonic() >= m0, time.perf_counter() >= p0, t0 > 1.6e9, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
g = time.gmtime(0); print(g, g.tm_year, g.tm_yday, g[0:3], tuple(time.gmtime(86400 * 365.25 * 30)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", time.gmtime(1_000_000_000)), time.asctime(time.gmtime(1_000_000_000)), time.strftime("%A %B %d %I %p %y", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.gmtime(1.5).tm_sec, time.calendar_timegm(0) if hasattr(time, "calendar_timegm") else "")
try: time.sleep(-1)
except ValueError as e: print("ValueError", e)
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords(" hello   wORLD  x "), string.capwords("a-b-c", "-"), string.Template("$who likes ${what}, $$").substitute(who="tim", what="kung pao"), string.Template("$a $b").safe_substitute(a=1))
for bad in [lambda: string.Template("$a").substitute(), lambda: string.Template("$").substitute(), lambda: string.Template("${a").substitute(a=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(string.Formatter().format("{0}-{x!r:>4}", 1, x="y"), list(string.Formatter().parse("a{0:>3}b{x!r}")), string.Template.delimiter, string.Template("$x").template)
class T(string.Template):
    delimiter = "%"
print(T("%who knows").substitute(who="T"), string.Template("$x").get_identifiers() if hasattr(string.Template, "get_identifiers") else "", string.Template("$x $y").is_valid())
a = [1, [2, 3], {"k": [4]}]; s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8); print(s, d, s[1] is a[1], d[1] is a[1], copy.copy(5), copy.deepcopy((1, [2]))[1] is not None)
class C:
    def __init__(self): self.items = [1]
    def __copy__(self): n = C(); n.items = self.items; n.tag = "copied"; return n
    def __deepcopy__(self, memo): n = C(); n.items = copy.deepcopy(self.items, memo); n.tag = "deep"; return n
c = C(); print(copy.copy(c).tag, copy.deepcopy(c).tag, copy.copy(c).items is c.items, copy.deepcopy(c).items is c.items, copy.deepcopy([c, c])[0] is copy.deepcopy([c, c])[1])
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, copy.copy({1: 2}), copy.copy({1}), copy.deepcopy(frozenset([1])), copy.replace if hasattr(copy, "replace") else "", copy.Error.__name__)
