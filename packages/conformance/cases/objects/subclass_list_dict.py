# subclassing list and dict: overridden methods not used by other builtin methods, __missing__, __init__ hooks
class LoggingList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
ll = LoggingList([1, 2])
ll.append(3)
ll.extend([4])
ll[0] = 10
ll += [5]
print(ll, type(ll).__name__, type(ll + [1]).__name__, type(ll[1:]).__name__, type(ll * 2).__name__)
print(ll == [10, 2, 3, 4, 5], isinstance(ll, list), len(ll), sorted(ll, reverse=True))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, repr(s))
class DefaultDict(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        self[key] = len(key)
        return self[key]
dd = DefaultDict(a=1)
print(dd["a"], dd["xyz"], dd.get("qq"), "qq" in dd, dd)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
print(ld["key"], ld["Key"], ld)
ld2 = LowerDict({"MIXED": 2})
print(ld2, "update bypasses __setitem__")
ld2.update(OTHER=3)
print(ld2, ld2.get("mixed"), ld2.get("MIXED"))
class Counted(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.created = True
c = Counted({"x": 1}, y=2)
print(c, c.created, dict(c), type(c.copy()).__name__, type(c | {}).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
ad = AttrDict(alpha=1)
print(ad.alpha, getattr(ad, "beta", "none"), ad.keys())
class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def total(self):
        return sum(self)
t = Tup(1, 2, 3)
print(t, t.total(), type(t[1:]).__name__, t == (1, 2, 3))
class SetSub(set): pass
print(sorted(SetSub([3, 1]) | {2}), type(SetSub() | {1}).__name__)
