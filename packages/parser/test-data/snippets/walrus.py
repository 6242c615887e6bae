if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
x = [y := 1, y ** 2]
print(z := 5)
f(a, b := 2)
x = (a := 1)
x = {(k := 1): 2}
x = a[b := 1]
