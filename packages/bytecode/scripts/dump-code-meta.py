"""Prints, as JSON, CPython 3.11's code-object metadata for each file given
(flags, stacksize, argument counts, varnames/cellvars/freevars, name,
qualname, first line), one list per file in depth-first constant order.
Used by src/compiler/cpython-stdlib.test.ts (PYVM_STDLIB_COMPARE=1)."""
import json
import os
import sys


def dump_code(co, acc):
    acc.append({
        "name": co.co_name, "qualname": co.co_qualname, "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount, "flags": co.co_flags, "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
    })
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump_code(c, acc)
    return acc


out = {}
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            out[path] = dump_code(compile(f.read(), os.path.basename(path), "exec"), [])
    except (SyntaxError, UnicodeDecodeError, ValueError):
        pass
json.dump(out, sys.stdout)
