if a:
    pass
if a:
    pass
else:
    pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
while x:
    pass
while x:
    break
else:
    y
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for x in y, z:
    pass
for x in *a, *b:
    pass
for x in y:
    continue
else:
    pass
for [a, *b] in c: pass
for a.b in c: pass
for a[0] in c: pass
if a: b; c
