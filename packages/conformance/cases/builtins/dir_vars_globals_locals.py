# dir, vars, globals, locals: contents, modification semantics, errors for objects without __dict__
module_level = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc)
print(f(1))
def g():
    x = 1
    locals()["x"] = 99
    return x
print("locals() write does not rebind:", g())
globals()["created_via_globals"] = "yes"
print(created_via_globals, "module_level" in globals(), globals() is vars(), locals() is globals())
class K:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
k = K()
print(vars(k), sorted(n for n in vars(K) if not n.startswith("__")), k.__dict__ is vars(k))
print([n for n in dir(k) if not n.startswith("__")], "cls_attr" in dir(K), "inst" in dir(K))
vars(k)["added"] = 3
print(k.added)
for bad in [lambda: vars(5), lambda: vars("s"), lambda: vars(k, k)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir({}) if not n.startswith("_")])
def inner_scope():
    y = 5
    names = dir()
    return names
print(inner_scope())
class Body:
    p = 1
    q = sorted(locals())
print(Body.q)
import math
print("sqrt" in dir(math), vars(math) is math.__dict__, sorted(n for n in dir(math) if n.startswith("is")))
def closure():
    free = 10
    def use():
        return sorted(locals()), free
    return use()
print(closure())
print(sorted(k for k in globals() if not k.startswith("__"))[:8])
print(globals()["__name__"], type(globals()).__name__, "__builtins__" in globals())
exec("exec_defined = 7")
print(exec_defined)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["b"])
print(eval("x * 2", {"x": 21}), eval("module_level + 1"), eval("y", {}, {"y": "local"}))
