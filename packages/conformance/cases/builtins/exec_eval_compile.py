# exec/eval/compile: modes, namespaces, return values, code object attributes, syntax errors, builtins access
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("  'strip ws'  "), eval("(lambda: 5)()"))
g = {"a": 10}
l = {"b": 5}
print(eval("a + b", g, l), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
ns = {}
r = exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(r, ns["result"], ns["sq"](3), ns["sq"].__name__)
code = compile("x + 1", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"x": 41}))
code2 = compile("y = 2\nz = y ** 10", "<stmts>", "exec")
ns2 = {}
exec(code2, ns2)
print(ns2["z"], code2.co_name, sorted(code2.co_names))
single = compile("1 + 1", "<single>", "single")
exec(single)
for src, mode in [("1 +", "eval"), ("x = = 2", "exec"), ("def f(:\n  pass", "exec"), ("return 5", "exec"),
                  ("x = 1", "eval"), ("break", "exec"), ("f(**a, *b)", "eval"), ("'abc", "eval")]:
    try:
        compile(src, "<test>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno, "| file", e.filename)
try:
    compile("x", "<t>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake len"}}))
def scope_test():
    local_v = "local"
    return eval("local_v"), eval("local_v + '!'", globals(), {"local_v": "other"})
print(scope_test())
exec("global_from_exec = 123")
print(global_from_exec)
def exec_in_function():
    exec("inner_var = 5")
    try:
        return inner_var
    except NameError as e:
        return "NameError: " + str(e)
print(exec_in_function())
loc = {}
exec("v = 1\nw = v + 1", None, loc)
print(sorted(loc.items()))
print(eval(compile("[1, 2][-1]", "f", "eval")), eval(b"3 * 3"), exec("pass") is None)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
src = "total = 0\nfor i in range(5):\n    total += i\n"
ns3 = {}
exec(src, ns3)
print(ns3["total"], eval("total * 2", ns3))
