# del on names, subscripts, slices, attributes, and tuples of targets
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    cls_attr = 1
o = C()
o.v = 3
o.w = 4
del o.v
print(vars(o))
try:
    del o.v
except AttributeError as e:
    print("AttributeError", e)
del C.cls_attr
print(hasattr(C, "cls_attr"))
a, b, c = 1, 2, 3
del a, (b, c)
print("a" in dir(), "b" in dir(), "c" in dir())
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
g = 10
def h():
    global g
    del g
h()
print("g" in globals())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print("TypeError", e)
