# __weakref__ appears where CPython adds a weakref slot: plain classes and
# subclasses of str/list/dict/float/Exception, not variable-size bases
# (int, tuple, bytes), set or type, nor classes with __slots__ lacking it.
import abc
class A: pass
print([n for n in dir(A()) if n in ("__dict__", "__weakref__", "__module__")])
print(sorted(A.__dict__))
print(A().__weakref__)
for base in [object, int, str, tuple, bytes, list, dict, set, float, Exception, ValueError, type, abc.ABC]:
  X = type("X", (base,), {})
  Y = type("Y", (X,), {})
  print(base.__name__, "__weakref__" in X.__dict__, "__weakref__" in Y.__dict__)
class S: __slots__ = ("a",)
class T(S): pass
class U: __slots__ = ("__weakref__",)
print("slots", "__weakref__" in S.__dict__, "__weakref__" in T.__dict__, "__dict__" in T.__dict__, "__weakref__" in U.__dict__)
