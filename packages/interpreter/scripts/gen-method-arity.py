"""Generate src/objects/generated/method-arity.ts: how many positional arguments
CPython 3.11's builtin methods and slot wrappers accept, and which of CPython's
argument-checking conventions words their errors.

CPython checks a builtin method's argument count before looking at the values
(METH_NOARGS, METH_O, Argument Clinic's positional-only parsing,
PyArg_UnpackTuple, PyArg_ParseTuple, and check_num_args for the slot
wrappers), each with its own message. This script asks python3: it calls every
method_descriptor / wrapper_descriptor of the probed types with 0..7
positional arguments and with one keyword, and classifies the TypeErrors.
Methods that accept keywords parse their arguments themselves (no entry).

Spec strings (decoded by src/objects/method-arity.ts):
  N        METH_NOARGS   "list.copy() takes no arguments (1 given)"
  O        METH_O        "list.append() takes exactly one argument (0 given)"
  Wn       slot wrapper  "expected 1 argument, got 0" (check_num_args)
  Ua-b     unpack tuple  " expected 1 argument, got 0" (PyArg_UnpackTuple with an empty name)
  Ca-b     clinic        "pop expected at most 1 argument, got 2"
  Ta-b     ParseTuple    "find() takes at least 1 argument (0 given)"
Keyword arguments are refused with "list.copy() takes no keyword arguments"
(N, O, C, T) or "wrapper __len__() takes no keyword arguments" (W, U). The
probe calls the descriptors unbound, which words errors like a method call
(`s.find()` compiles to LOAD_METHOD + CALL of the descriptor).

Run: python3 scripts/gen-method-arity.py
"""
import os, re, collections, warnings

warnings.simplefilter("ignore")

def gen():
    yield 1

FACT = {
    "list": lambda: [3, 1, 2], "tuple": lambda: (3, 1, 2), "dict": lambda: {1: 2}, "set": lambda: {1, 2},
    "frozenset": lambda: frozenset({1}), "str": lambda: "abc", "bytes": lambda: b"abc",
    "bytearray": lambda: bytearray(b"abc"), "int": lambda: 7, "bool": lambda: True, "float": lambda: 2.5,
    "complex": lambda: 1 + 2j, "range": lambda: range(5), "slice": lambda: slice(1, 5, 2), "object": lambda: object(),
    "type": lambda: type("X", (), {}),
    "list_iterator": lambda: iter([1]), "tuple_iterator": lambda: iter((1,)), "str_ascii_iterator": lambda: iter("a"),
    "set_iterator": lambda: iter({1}), "dict_keyiterator": lambda: iter({1: 2}),
    "dict_valueiterator": lambda: iter({1: 2}.values()), "dict_itemiterator": lambda: iter({1: 2}.items()),
    "range_iterator": lambda: iter(range(3)), "longrange_iterator": lambda: iter(range(2**70)),
    "list_reverseiterator": lambda: reversed([1]), "dict_reversekeyiterator": lambda: reversed({1: 2}),
    "bytes_iterator": lambda: iter(b"a"), "bytearray_iterator": lambda: iter(bytearray(b"a")),
    "dict_keys": lambda: {1: 2}.keys(), "dict_values": lambda: {1: 2}.values(), "dict_items": lambda: {1: 2}.items(),
    "enumerate": lambda: enumerate([1]), "zip": lambda: zip([1]), "map": lambda: map(abs, [1]),
    "filter": lambda: filter(None, [1]), "reversed": lambda: reversed((1,)), "generator": lambda: gen(),
    "property": lambda: property(), "NoneType": lambda: None, "NotImplementedType": lambda: NotImplemented,
    "ellipsis": lambda: ..., "memoryview": lambda: memoryview(b"ab"),
    "BaseException": lambda: BaseException(),
}
# Variadic, or checked by their own code with other messages.
SKIP = {"__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__", "__init__", "__call__",
        "__del__", "__getstate__", "__prepare__", "__exit__", "__enter__"}
COUNT = re.compile(r"(takes no arguments|takes exactly one argument|expected (at most |at least )?\d+ arguments?, got"
                   r"|takes (at most|at least|exactly) \d+ arguments? \()")

def probe(obj_of, t, name):
    d = t.__dict__[name]
    accepted, msgs = [], {}
    for n in range(8):
        try:
            d(obj_of(), *([0] * n))
            accepted.append(n)
        except Exception as e:
            m = str(e)
            if type(e) is TypeError and COUNT.search(m):
                msgs[n] = m
            else:
                accepted.append(n)
    try:
        d(obj_of(), zz=1)
        kw = None
    except Exception as e:
        kw = str(e) if "takes no keyword arguments" in str(e) else None
    return accepted, msgs, kw

def classify(tn, name, accepted, msgs, kw):
    if not msgs or not accepted or kw is None:
        return None  # unchecked here, variadic, or keyword-taking: the method parses its own arguments
    lo, hi = min(accepted), max(accepted)
    if hi == 7 or accepted != list(range(lo, hi + 1)):
        return None
    msg = msgs.get(7) or msgs[min(msgs)]
    q = re.escape(f"{tn}.{name}")
    if re.fullmatch(q + r"\(\) takes no arguments \(\d+ given\)", msg) and kw == f"{tn}.{name}() takes no keyword arguments":
        return "N"
    if re.fullmatch(q + r"\(\) takes exactly one argument \(\d+ given\)", msg) and kw == f"{tn}.{name}() takes no keyword arguments":
        return "O"
    if re.fullmatch(r"expected \d+ arguments?, got \d+", msg) and lo == hi and kw == f"wrapper {name}() takes no keyword arguments":
        return f"W{lo}"
    if re.fullmatch(r" expected (at most |at least )?\d+ arguments?, got \d+", msg) and kw == f"wrapper {name}() takes no keyword arguments":
        return f"U{lo}-{hi}"
    if re.fullmatch(re.escape(name) + r" expected (at most |at least )?\d+ arguments?, got \d+", msg) and kw == f"{tn}.{name}() takes no keyword arguments":
        return f"C{lo}-{hi}"
    if re.fullmatch(re.escape(name) + r"\(\) takes (at most|at least|exactly) \d+ arguments? \(\d+ given\)", msg) and kw == f"{tn}.{name}() takes no keyword arguments":
        return f"T{lo}-{hi}"
    raise SystemExit(f"unclassified: {tn}.{name}: {msg!r} / {kw!r}")

specs = {}
for tn, obj_of in FACT.items():
    t = obj_of() if tn == "type" else type(obj_of())
    if tn == "type":
        t = type
    assert t.__name__ == tn, (t, tn)
    for name in sorted(t.__dict__):
        if name in SKIP or type(t.__dict__[name]).__name__ not in ("method_descriptor", "wrapper_descriptor"):
            continue
        s = classify(tn, name, *probe(obj_of, t, name))
        if s is not None:
            specs.setdefault(tn, {})[name] = s

# A dunder's most common spec is its default (any type defining it); types that differ list it.
by_name = collections.defaultdict(collections.Counter)
for tn, ms in specs.items():
    for name, s in ms.items():
        if name.startswith("__"):
            by_name[name][s] += 1
defaults = {name: c.most_common(1)[0][0] for name, c in sorted(by_name.items())}

def ts_key(k):
    return k if re.fullmatch(r"[A-Za-z_]\w*", k) else repr(k).replace("'", '"')

lines = [
    "// Generated by scripts/gen-method-arity.py from CPython 3.11 — do not edit.",
    "// Spec strings are decoded by ../method-arity.ts.",
    "",
    "/** Default spec of a dunder on any builtin type (slot wrappers and the common method dunders). */",
    "export const DUNDER_ARITY: Readonly<Record<string, string>> = {",
]
for name, s in defaults.items():
    lines.append(f'  {name}: "{s}",')
lines += ["};", "", "/** Per-type specs: named methods, and dunders whose spec differs from DUNDER_ARITY. */",
          "export const METHOD_ARITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {"]
for tn in sorted(specs):
    ms = {n: s for n, s in specs[tn].items() if defaults.get(n) != s}
    if not ms:
        continue
    body = ", ".join(f'{ts_key(n)}: "{s}"' for n, s in sorted(ms.items()))
    lines.append(f"  {ts_key(tn)}: {{ {body} }},")
lines += ["};", ""]
out = os.path.join(os.path.dirname(__file__), "..", "src", "objects", "generated", "method-arity.ts")
with open(out, "w") as f:
    f.write("\n".join(lines))
print("wrote", out)
