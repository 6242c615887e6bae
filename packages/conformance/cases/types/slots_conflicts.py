# __slots__ on builtin bases: variable-size bases (int, tuple, bytes, type) refuse any slot; __dict__/__weakref__ twice is refused.
for base in [int, tuple, bytes, str, float, list, dict, object, complex, frozenset, type]:
  for sl in [("a",), ("__dict__",), ("__dict__","__dict__"), ("__weakref__","__weakref__")]:
    try: type("X", (base,), {"__slots__": sl}); r="ok"
    except TypeError as e: r=str(e)
    print(base.__name__, sl, r)
