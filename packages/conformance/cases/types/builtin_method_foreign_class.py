# A builtin method stored on an unrelated class: reading it from an instance
# raises CPython's descriptor TypeError (attribute access and method call,
# in hot loops too); on a subclass it binds normally.
class B:
    append = list.append
    upper = str.upper
    get = dict.get


class L(list):
    push = list.append


def attempt(f):
    try:
        return f()
    except TypeError as e:
        return "TypeError: " + str(e)


print(attempt(lambda: B().append(1)))
print(attempt(lambda: B().append))
print(attempt(lambda: B().upper()))
print(attempt(lambda: getattr(B(), "get")))
print(attempt(lambda: list.append(B(), 1)))
print(B.append is list.append, B.__dict__["upper"] is str.upper)
l = L()
l.push(3)
l.append(4)
print(l, attempt(lambda: L.push(B(), 1)))
errors = 0
for i in range(3000):
    target = l if i % 1000 else B()
    try:
        target.append(i) if isinstance(target, list) else target.append(i)
    except TypeError:
        errors += 1
print(errors, len(l))
