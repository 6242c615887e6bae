# Argument-count and keyword checking of every method of the builtin types
# (METH_NOARGS, METH_O, Argument Clinic, PyArg_ParseTuple and slot-wrapper
# conventions), called as unbound descriptors with 0, 1, 2 and 6 positional
# arguments and with a keyword: CPython checks the count before the values.

FACT = {
    "list": lambda: [3, 1, 2], "tuple": lambda: (3, 1, 2), "dict": lambda: {1: 2, 3: 4}, "set": lambda: {1, 2},
    "frozenset": lambda: frozenset({1, 2}), "str": lambda: "abc", "bytes": lambda: b"abc",
    "bytearray": lambda: bytearray(b"abc"), "int": lambda: 7, "float": lambda: 2.5, "complex": lambda: 1 + 2j,
    "range": lambda: range(5), "slice": lambda: slice(1, 5, 2), "list_iterator": lambda: iter([1, 2]),
    "dict_keys": lambda: {1: 2}.keys(), "dict_items": lambda: {1: 2}.items(), "object": lambda: object(),
    "bool": lambda: True,
}
NAMES = {
    'list': ['__add__', '__contains__', '__delitem__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iadd__', '__imul__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__repr__', '__reversed__', '__rmul__', '__setitem__', 'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort'],
    'tuple': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__repr__', '__rmul__', 'count', 'index'],
    'dict': ['__contains__', '__delitem__', '__eq__', '__ge__', '__getitem__', '__gt__', '__ior__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__repr__', '__reversed__', '__ror__', '__setitem__', 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'],
    'set': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__iand__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__repr__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__', 'add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update'],
    'frozenset': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__repr__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__', 'copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union'],
    'str': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__repr__', '__rmod__', '__rmul__', 'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
    'bytes': ['__add__', '__bytes__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__repr__', '__rmod__', '__rmul__', 'capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
    'bytearray': ['__add__', '__contains__', '__delitem__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iadd__', '__imul__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__repr__', '__rmod__', '__rmul__', '__setitem__', 'append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith', 'expandtabs', 'extend', 'find', 'hex', 'index', 'insert', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'pop', 'remove', 'removeprefix', 'removesuffix', 'replace', 'reverse', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
    'int': ['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__eq__', '__float__', '__floor__', '__floordiv__', '__ge__', '__gt__', '__index__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__sub__', '__truediv__', '__trunc__', '__xor__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'to_bytes'],
    'float': ['__abs__', '__add__', '__bool__', '__ceil__', '__eq__', '__float__', '__floor__', '__floordiv__', '__ge__', '__gt__', '__int__', '__le__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__pos__', '__pow__', '__radd__', '__repr__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rsub__', '__rtruediv__', '__sub__', '__truediv__', '__trunc__', 'as_integer_ratio', 'conjugate', 'hex', 'is_integer'],
    'complex': ['__abs__', '__add__', '__bool__', '__complex__', '__eq__', '__ge__', '__gt__', '__le__', '__lt__', '__mul__', '__ne__', '__neg__', '__pos__', '__pow__', '__radd__', '__repr__', '__rmul__', '__rpow__', '__rsub__', '__rtruediv__', '__sub__', '__truediv__', 'conjugate'],
    'range': ['__bool__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__repr__', '__reversed__', 'count', 'index'],
    'slice': ['__eq__', '__ge__', '__gt__', '__le__', '__lt__', '__ne__', '__repr__', 'indices'],
    'list_iterator': ['__iter__', '__length_hint__', '__next__'],
    'dict_keys': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__repr__', '__reversed__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__', 'isdisjoint'],
    'dict_items': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__repr__', '__reversed__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__', 'isdisjoint'],
    'object': ['__eq__', '__ge__', '__gt__', '__le__', '__lt__', '__ne__', '__repr__'],
    'bool': ['__and__', '__or__', '__rand__', '__repr__', '__ror__', '__rxor__', '__xor__'],
}


# Value-level differences outside this case's subject (pow's modulo argument
# of the dunders, bytes.hex's separator check, int.to_bytes's byteorder type).
VALUE_SKIPS = {("int", "__pow__", 2), ("int", "__rpow__", 2), ("float", "__pow__", 2), ("float", "__rpow__", 2),
               ("complex", "__pow__", 2), ("complex", "__rpow__", 2), ("bytes", "hex", 1), ("bytes", "hex", 2),
               ("bytearray", "hex", 1), ("bytearray", "hex", 2), ("int", "to_bytes", 2), ("bool", "to_bytes", 2)}


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for tn, names in NAMES.items():
    make = FACT[tn]
    t = type(make())
    for name in names:
        d = t.__dict__[name]
        for n in (0, 1, 2, 6):
            if (tn, name, n) in VALUE_SKIPS:
                continue
            show(f"{tn}.{name}/{n}", lambda: d(make(), *([0] * n)))
        show(f"{tn}.{name}/kw", lambda: d(make(), zz=1))
