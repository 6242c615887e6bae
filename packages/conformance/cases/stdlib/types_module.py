# types module names, SimpleNamespace, new_class; method-wrapper / wrapper_descriptor / method_descriptor names; mappingproxy class dicts
import types
for n in sorted(n for n in dir(types) if n.endswith("Type") or n in ("GenericAlias",)):
    print(n, getattr(types, n))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
C = types.new_class("C", (int,), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.x, C(5) + 1)
print(types.MappingProxyType({"a": 1}))
print(type((1).__add__).__name__, type([].append).__name__, type(int.__add__).__name__, type(str.join).__name__)
print(repr((1).__add__).split(" at ")[0], repr([].append).split(" at ")[0], repr(int.__add__), repr(str.join))
print(type(int.__dict__).__name__, repr(int.__dict__)[:13])
class K:
    x = 1
print(type(K.__dict__), repr(K.__dict__)[:13], K.__dict__["x"])
