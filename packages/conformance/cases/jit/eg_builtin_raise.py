# IndexError / KeyError / ZeroDivisionError raised by the runtime inside hot
# compiled code (tier 1 raises them without a JS throw): caught locally, in
# a caller, chained onto a handled exception, with exact traceback lines.
import sys
import traceback


class D(dict):
    def __missing__(self, key):
        return -key


def idx(data, i):
    try:
        return data[i]
    except IndexError as e:
        return str(e)


def key(table, k):
    try:
        return table[k]
    except KeyError as e:
        return "missing %r" % (e.args[0],)


def div(a, b):
    try:
        return a // b, a % b
    except ZeroDivisionError as e:
        return str(e)


def mod_only(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        return str(e)


def chained(d, k):
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            return d[k]
    except KeyError as e:
        return type(e.__context__).__name__


def leaks(data, i):
    return data[i]


data = [10, 20, 30]
table = {1: "one", (2, 3): "tuple", "s": "str"}
out = []
for i in range(300):
    out.append(idx(data, i % 5 - 4))
    out.append(key(table, i % 4))
    out.append(key(D(), i % 3))
    out.append(div(7, i % 3 - 1))
    out.append(mod_only(i, i % 2))
    out.append(chained({}, i))
print(out[:12])
print(len(out), sorted(set(map(str, out)))[:8])
print(key(table, (2, 3)), key(table, "s"), key(table, 1.0), key(table, True))
try:
    key(table, [1])
except TypeError as e:
    print("TypeError:", e)

n = 0
for i in range(300):
    try:
        leaks(data, 3 + i % 2)
    except IndexError:
        n += 1
print(n)

try:
    for i in range(200):
        leaks(data, i)
except IndexError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print(i, [(f.name, f.line) for f in tb])

def uncaught(d):
    for i in range(150):
        d[i] = i
    return d[-1]


uncaught({})
