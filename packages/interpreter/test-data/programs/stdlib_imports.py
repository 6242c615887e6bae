# The bundled stdlib is importable: packages, submodules, from-imports, host modules.
import collections, collections.abc, functools, itertools, json, heapq, bisect, operator
from collections import OrderedDict, abc
import sys, time, io, os, importlib, inspect
print(collections.abc is abc, "collections.abc" in sys.modules, hasattr(collections, "__path__"))
print(json.dumps({"a": [1, 2.5, None, True]}), json.loads('{"x": [1, 2]}'))
print(functools.reduce(operator.add, range(5)), list(itertools.islice(itertools.count(3), 4)))
h = [5, 1, 4]
heapq.heapify(h)
print(heapq.heappop(h), bisect.bisect([1, 3, 5], 4))
print(sys.version_info[:2], sys.version_info.major, type(sys.float_info).__name__)
print(time.strftime("%Y-%m-%d", time.gmtime(86400)), isinstance(time.time(), float))
buf = io.StringIO()
print("to buffer", file=buf)
print(repr(buf.getvalue()), os.path.join("a", "b"), os.path.basename("/x/y.py"))
print(importlib.import_module("json") is json)
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
