# traceback: format_exc / format_exception / print_exc(file=) / extract_tb / format_exception_only / stacks
import io
import sys
import traceback

def inner(n):
    return {"a": 1}[n]

def outer():
    try:
        inner("b")
    except KeyError as e:
        raise ValueError("wrapped") from e

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    exc = sys.exc_info()[1]
    print("".join(traceback.format_exception(exc)) == text)
    print(traceback.format_exception_only(exc), traceback.format_exception_only(exc.__cause__))
    for fs in traceback.extract_tb(exc.__traceback__):
        print(fs.name, fs.lineno, fs.line, fs.filename == __file__)
    print([f.name for f in traceback.extract_tb(exc.__cause__.__traceback__)])
    print(traceback.format_tb(exc.__traceback__)[0].replace(__file__, "FILE"), end="")

def where():
    return traceback.extract_stack()[-1].name, traceback.format_stack()[-1].replace(__file__, "FILE")

print(where())
print(traceback.format_exception_only(SyntaxError("bad")), traceback.format_exception_only(None))
print(traceback.format_exc())
