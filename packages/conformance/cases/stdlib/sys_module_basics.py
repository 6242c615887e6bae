# sys: argv, path, modules, maxsize, int limits, recursion limit, stdout/stderr write, exit inside try, version info
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module_basics.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.byteorder in ("little", "big"), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stderr.write("this goes to stderr\n")
sys.stdout.write("no newline;")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), sys.stdout.encoding.lower().replace("-", ""))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.exit()
except SystemExit as e:
    print("exit() code:", e.code)
try:
    sys.exit(7)
except SystemExit as e:
    print("exit(7) code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit(str) code:", e.code)
print(sys.exc_info(), sys.exception())
print(callable(sys.getsizeof), sys.getsizeof(0) > 0, sys.intern("abc") == "abc")
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
import io
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured line")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))
print(sys.platform in ("linux", "darwin", "win32") or isinstance(sys.platform, str), isinstance(sys.version, str))
print(sys.flags.optimize, type(sys.flags).__name__, sys.implementation.name in ("cpython", "pyvm") or True)
print(sys.float_repr_style, sys.maxunicode, sys.getdefaultencoding())
