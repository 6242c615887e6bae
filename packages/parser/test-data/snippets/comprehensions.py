x = [i for i in range(10)]
x = [i * j for i in a for j in b if i if j]
x = {i for i in a}
x = {k: v for k, v in d.items() if k}
x = (i for i in a)
x = [i async for i in a]
x = [(a, b) for a, b in c]
x = [y for x in z for y in x]
x = [x for x in (yield)]
x = [lambda: x for x in y]
x = [i for i in a if (j := i)]
