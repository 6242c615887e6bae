# assorted builtins: enumerate/zip/map/filter results, all/any short-circuit, bool/int/float/str of objects, type(), object()
def noisy(v, log):
    log.append(v)
    return v
log = []
print(any(noisy(v, log) for v in [0, 0, 3, 0, 5]), log)
log = []
print(all(noisy(v, log) for v in [1, 2, 0, 4]), log)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, object.__name__, str(object.__bases__), type(None).__name__, type(NotImplemented).__name__)
print(type(print).__name__, type(len).__name__, type([].append).__name__, type("".join).__name__, type(int.__add__).__name__)
print(type(abs), type(lambda: 0).__name__, type(type).__name__, type(range).__name__, type(Ellipsis).__name__)
print(str(), str(123), str([1, "a"]), str(None), str(b"x"), repr(str), repr(len), repr(None), repr(...))
print(int(), float(), complex(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(list(map(type, [1, 1.0, 1j, "1", b"1", None, True, [], (), {}, set()])))
import builtins
names = ["abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr",
         "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
         "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id",
         "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
         "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
         "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
         "vars", "zip", "__import__", "aiter", "anext"]
print([n for n in names if not hasattr(builtins, n)], len(names))
print(builtins.len("abc"), builtins.True_ if hasattr(builtins, "True_") else "no True_", builtins.__name__)
len_orig = len
def len(x):
    return "shadowed"
print(len([1]), builtins.len([1]))
del len
print(len([1, 2]))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
print(isinstance(builtins.__dict__, dict), "print" in dir(builtins), type(__builtins__).__name__)
print(hash(o) == hash(o), o == o, o != object(), o.__class__ is object, object().__eq__(1))
print(sorted([3, 1, 2]).__class__.__name__, reversed([]).__class__.__name__, enumerate([]).__class__.__name__)
print(bool.__name__, True.__class__, type(1 == 1), (1).__class__.__class__)
print(int.__mro__, bool.__mro__[-1], issubclass(type, object), isinstance(object, type))
print(list(zip(*zip("abc", "xyz"))), dict(map(lambda kv: (kv[1], kv[0]), enumerate("ab"))))
print(max(map(len, ["a", "abc", "ab"])), sum(filter(None, [1, None, 2, 0, 3])), list(map(str.upper, "hi")))
