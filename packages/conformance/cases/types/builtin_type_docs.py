# __doc__ of builtin types and their instances (object, int, str, exceptions), user classes, None; sys.implementation is a SimpleNamespace
print(object.__doc__)
print(repr(int.__doc__[:40]), repr((1).__doc__[:20]), repr("x".__doc__[:20]), repr([].__doc__[:20]), ValueError.__doc__, ValueError("x").__doc__, KeyError().__doc__)
class A: pass
class B(ValueError): "mine"
class C(ValueError): pass
print(A.__doc__, A().__doc__, B.__doc__, B().__doc__, C.__doc__, repr(property.__doc__[:10]), type(None).__doc__, None.__doc__, True.__doc__[:10])
import sys; print(sys.implementation.name == "cpython" or sys.implementation.name == "pyvm", type(sys.implementation).__name__)
