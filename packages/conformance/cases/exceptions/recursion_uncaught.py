# 10**5-deep recursion uncaught: CPython's traceback shape with "[Previous line repeated N more times]"
def f(n):
    return f(n + 1) if n < 10**5 else n
print("start")
f(0)
