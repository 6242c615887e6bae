# print(): sep, end, file (sys.stdout/sys.stderr/StringIO/custom writer), flush, and argument errors
import sys, io
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print(sep="x", end="")
print("after empty print with end=''")
print(1, 2.5, None, [1], {"k": (1,)}, sep=" | ")
print("multi\nline", "arg", sep="\n--\n")
print("to stdout", file=sys.stdout)
print("to stderr (not in stdout)", file=sys.stderr)
buf = io.StringIO()
print("into", "buffer", sep="+", end=";", file=buf)
print(42, file=buf)
print(repr(buf.getvalue()))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("x", "y", file=w)
print("z", file=w, flush=True)
print(w.parts)
print("flushed", flush=True)
print(None, sep=None, end=None)
print("sep None", "uses space", sep=None)
for kwargs in [{"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()][0], str(S()))
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
print("%s and %s" % ("percent", "format"), "tab\tsep", "é ☃ 😀")
print(*range(5))
print(*"abc", sep=", ", end=".\n")
print(b"bytes", bytearray(b"ba"), 1j, -0.0, 1e-7, 10 ** 20, True)
