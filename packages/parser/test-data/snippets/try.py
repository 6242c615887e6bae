try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    a
except* E:
    b
except* (F, G) as g:
    c
else:
    d
finally:
    e
try: a
except E: b
