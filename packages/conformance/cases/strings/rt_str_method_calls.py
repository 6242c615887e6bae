# str method calls on exact strs in hot code (the optimizing tier calls the
# method's entry directly behind a str check): argument-count errors, errors
# raised by the method, str subclass receivers and other receiver types
# arriving later at the same call site.


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


class Other:
    def upper(self):
        return "Other.upper"

    def find(self, sub, start=0):
        return -42


def work(s, i):
    acc = s.find("a") + s.count("b") + len(s.upper()) + len(s.replace("a", "xy"))
    acc += s.startswith("ab") + s.endswith(("z", "c")) + s.rfind("c", 1)
    parts = s.split(",")
    acc += len(parts) + len(",".join(parts)) + len(s.strip()) + len(s.lower())
    return acc, s.upper(), s.find("c", i % 3)


out = []
for i in range(2000):
    s = "ab,c" * (i % 4) + "\U0001F600c"
    out.append(work(s, i))
print(out[0], out[1], out[-1], len(out))

for recv in (MyStr("abc,d"), Other()):
    for i in range(3):
        try:
            print(type(recv).__name__, work(recv, i)[1:])
        except (AttributeError, TypeError) as e:
            print(type(recv).__name__, type(e).__name__, e)


def bad_calls(s, k):
    if k == 0:
        return s.upper(1)
    if k == 1:
        return s.find()
    if k == 2:
        return s.index("zz")
    if k == 3:
        return s.replace("a")
    if k == 4:
        return s.split(1)
    return s.join([1, 2])


for k in range(6):
    msg = None
    for i in range(300):
        try:
            bad_calls("abc", k)
        except (TypeError, ValueError) as e:
            msg = type(e).__name__ + ": " + str(e)
    print(k, msg)
