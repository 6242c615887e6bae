# assignment expressions: in conditions, comprehensions (binding to enclosing scope), and while loops
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print("y leaked from comprehension:", y)
def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(f())
items = iter(["a", "b", "", "c"])
while (item := next(items)):
    print("item", item)
print("stopped at empty; next is", next(items))
print((z := 10), z)
def g():
    if any((hit := v) > 5 for v in [1, 4, 7, 2]):
        return "first >5 is", hit
print(g())
stuff = {k: (last := v) for k, v in {"a": 1, "b": 2}.items()}
print(stuff, last)
import re
m = None
for s in ["no digits", "abc123def"]:
    if (m := re.search(r"\d+", s)) is not None:
        print("matched", m.group())
    else:
        print("no match in", repr(s))
x = 1
def h():
    [x := 5 for _ in range(1)]
    return x
print(h(), x)
def outer():
    acc = []
    def inner():
        [acc2 := acc + [1] for _ in range(2)]
        return acc2
    return inner()
print(outer())
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])
for bad in ["[i := 0 for i in range(3)]", "(a.b := 1)", "x := 5"]:
    try:
        compile(bad, "<s>", "exec")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(f"{(w := 3)} {w*2}")
