# A hot loop at module level: it tiers up mid-run through on-stack replacement
# (LOAD_NAME/STORE_NAME/DELETE_NAME on the module dict, compiled).
total = 0
scale = 1
for i in range(300):
    total += i * scale
    if i == 100:
        scale = 3  # rebinding a global mid-loop: later iterations see it
    if i == 150:
        def scale_fn():
            return scale
        print("scale via function:", scale_fn())
    if i == 200:
        tmp = i
        del tmp
        try:
            print(tmp)
        except NameError as e:
            print("NameError:", e)
    if i % 97 == 0:
        try:
            raise ValueError(i)
        except ValueError as e:
            print("caught", e)
print("total", total, "scale", scale, "i", i)
print("tmp" in globals(), sorted(k for k in globals() if not k.startswith("__")))


class Table:
    rows = []
    for k in range(50):
        rows.append(k * k)
        if k == 25:
            width = k
    del k
    size = len(rows)


print(Table.size, Table.width, Table.rows[-1], hasattr(Table, "k"))

try:
    del undefined_name
except NameError as e:
    print("del:", e)

acc = 0
for n in range(200):
    acc += n
    if n == 150:
        print(acc, missing_name)
