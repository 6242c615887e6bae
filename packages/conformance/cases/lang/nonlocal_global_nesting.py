# global and nonlocal across several nesting levels, class bodies, and rebinding
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def make_acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)   # mutation needs no nonlocal
        return total
    def get():
        return total, items
    return add, get
add, get = make_acc()
add(3); add(4)
print(get())
def shadow():
    counter = 100
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow())
x = "global x"
class K:
    x = "class x"
    def m(self):
        return x            # class scope is skipped
    y = [x for _ in range(1)]   # comprehension in class body can't see class x
print(K().m(), K.y)
def f():
    x = "f local"
    class Inner:
        y = x                # class body sees enclosing function
        x = "inner class x"
        z = x
    return Inner.y, Inner.z
print(f())
def define_global():
    global brand_new
    brand_new = "created"
define_global()
print(brand_new)
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s1, s2 = counter_gen(), counter_gen()
print(s1(), s1(), s2(), s1())
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("def bad2(a):\n    global a\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
