# the builtin exception hierarchy: bases of every common exception, catching via base classes, OSError subclasses
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "PermissionError", "TimeoutError", "ConnectionError", "BrokenPipeError",
         "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
         "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
         "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "DeprecationWarning", "UserWarning",
         "ExceptionGroup", "BaseExceptionGroup"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", [b.__name__ for b in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
def catch(exc, handlers):
    try:
        raise exc
    except tuple(handlers) as e:
        return type(e).__name__
print(catch(ZeroDivisionError(), [ArithmeticError]), catch(KeyError(), [LookupError]), catch(RecursionError(), [RuntimeError]))
print(catch(ModuleNotFoundError(), [ImportError]), catch(UnboundLocalError(), [NameError]), catch(TabError("t"), [SyntaxError]))
print(catch(FileNotFoundError(), [OSError]), catch(NotImplementedError(), [RuntimeError]), catch(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), [ValueError]))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("wrong: SystemExit is not an Exception")
except BaseException as e:
    print("SystemExit caught by BaseException, code =", e.code)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e2 = OSError(2, "msg", "file.txt")
print(type(e2).__name__, str(e2), e2.filename)
print(KeyError("k").args, IndexError().args, StopIteration(5).value, SystemExit(3).code, SystemExit().code)
s = SyntaxError("bad", ("f.py", 3, 5, "x = ?", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, str(s))
ie = ImportError("no", name="modname", path="/p")
print(ie.name, ie.path, str(ie))
ae = AttributeError("a", name="n", obj=5) if False else AttributeError("a")
ne = NameError("n")
print(ae.args, ne.args, hasattr(ne, "name"))
