# RecursionError raised through builtins that call back into Python (re-entrant eval loop):
# dunders invoked by operators and builtins, key functions, str() of recursive structures.
# (Not covered: recursion whose CPython message depends on its per-builtin-call count,
# " while calling a Python object", e.g. __hash__ calling hash(self); pyvm counts it for repr/ascii only.)
import sys

def attempt(label, fn):
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        print(label, "RecursionError:", e)

class Eq:
    def __init__(self):
        self.other = self
    def __eq__(self, o):
        return self.other == o
attempt("__eq__", lambda: Eq() == 1)

class Len:
    def __len__(self):
        return len(self)
attempt("__len__", lambda: len(Len()))

class Bool:
    def __bool__(self):
        return bool(self)
attempt("__bool__", lambda: not Bool())

class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
attempt("__getattr__", lambda: GetAttr().a)

class Str:
    def __str__(self):
        return str(self)
attempt("__str__", lambda: str(Str()))

class Fmt:
    def __format__(self, spec):
        return format(self, spec)
attempt("__format__", lambda: f"{Fmt():>3}")

class Iter:
    def __iter__(self):
        return iter(self)
attempt("__iter__", lambda: list(Iter()))

class Add:
    def __add__(self, o):
        return self + o
attempt("__add__", lambda: Add() + 1)

class Item:
    def __getitem__(self, k):
        return self[k]
attempt("__getitem__", lambda: Item()[0])

def key(x):
    return sorted([x, x], key=key)
attempt("sorted key", lambda: sorted([1, 2], key=key))

class Node:
    def __init__(self):
        self.nxt = self
    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"
attempt("repr()", lambda: repr(Node()))

class LNode:
    def __repr__(self):
        return repr([self])
attempt("repr list", lambda: repr(LNode()))

def mapper(x):
    return list(map(mapper, [x]))
attempt("map", lambda: mapper(1))

lst = []
for _ in range(5):
    lst = [lst]
print(str(lst), repr({"a": {"b": ()}}))

# The VM is usable afterwards, at full depth.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(950))
print(sys.getrecursionlimit())
