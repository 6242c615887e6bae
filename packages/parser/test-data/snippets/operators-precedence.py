x = a or b and c
x = (a or b) and c
x = not a == b
x = a | b ^ c & d
x = a + b * c ** d
x = -a.b
x = -a[0]
x = -f()
x = a if b or c else d and e
x = lambda: a if b else c
x = a == b == c
x = a < b < c
x = 2 ** -1
x = (-2) ** 2
x = -2 ** 2
x = a @ b @ c
x = not not a
x = ~~a
x = a is not (not b)
x = await_ ** 2
