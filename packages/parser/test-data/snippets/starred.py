*a, b = c
a, *b, c = d
[*a] = b
print(*a)
x = [*a, *b]
x = {*a}
x = (*a,)
for *a, b in c: pass
return_ = *a, b
f(*a or b)
