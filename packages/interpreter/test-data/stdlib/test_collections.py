# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
# UserDict/UserList/UserString and collections.abc.
import collections
from collections import (deque, defaultdict, Counter, OrderedDict, namedtuple,
                         ChainMap, UserDict, UserList, UserString)
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Sized, Container,
                             Callable, Hashable, Collection, Reversible, Generator,
                             KeysView, ItemsView, ValuesView)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# ---- deque
d = deque([1, 2, 3])
print(d, repr(deque()), deque("abc", maxlen=2), deque(maxlen=0), len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2], 3 in d, 9 in d, d.index(3), d.count(2))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, list(reversed(d)))
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(10); print(d)
d.rotate(0); print(d)
d.insert(2, "x"); d.insert(-1, "y"); d.insert(100, "z"); d.insert(-100, "w"); print(d)
d.remove("x"); print(d)
del d[0]; del d[-1]; print(d)
d[1] = "one"; print(d)
d.reverse(); print(d)
e = d.copy(); e.clear(); print(d, e)
print(d.maxlen, deque(maxlen=5).maxlen)
b = deque(range(5), maxlen=3)
print(b)
b.append(9); print(b)
b.appendleft(-9); print(b)
b.extend([10, 11]); print(b)
b.extendleft([20]); print(b)
show(lambda: b.insert(0, 1))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1]).index(2))
show(lambda: deque([1]).remove(2))
show(lambda: deque([1])[5])
show(lambda: deque([1])["a"])
show(lambda: deque([1])[1:2])
show(lambda: deque(maxlen=-1))
show(lambda: deque([1]) + [2])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([1]), deque([1, 2], maxlen=3) * 3)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque([1]) != deque([1]))
print(deque("abcdef").index("c", 1, 4), deque("abcabc").index("c", -3))
r = deque(); r.append(r); print(r)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(big, sum(deque(range(100))))
ring = deque(range(8)); ring.rotate(3); print(ring, ring[0], ring[7])
print(deque.__hash__ is None)
dm = deque([1, 2, 3])
def mutate():
    for v in dm:
        dm.append(v)
show(mutate)
self_ext = deque([1, 2]); self_ext.extend(self_ext); print(self_ext)
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence))

# ---- defaultdict
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dict(dd), dd.default_factory, len(dd), "c" in dd, dd.get("c"))
print(repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(int, a=1))
show(lambda: defaultdict(None)["x"])
show(lambda: defaultdict(1))
dc = dd.copy(); dc["z"].append(0); print(type(dc).__name__, dc, dd)
print(isinstance(dd, dict), dd == {"a": [1, 2], "b": []})
print(defaultdict(int, {"a": 1}) | {"b": 2}, {"b": 2} | defaultdict(int, {"a": 1}))
class MyDD(defaultdict):
    pass
print(MyDD(int, x=1))
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(sorted(counts.items()))
dd2 = defaultdict(set); dd2.default_factory = list; dd2[1].append(1); print(dd2)

# ---- Counter
c = Counter("abracadabra")
print(c, c.most_common(), c.most_common(2), c.most_common(0), c["zz"], "zz" in c)
print(sorted(c.elements()), c.total(), list(c))
c.update({"a": 2, "q": 1}); c.update("zz"); c.update(y=3)
print(c)
c.subtract("aaaa"); c.subtract({"q": 5}); c.subtract(y=1)
print(c)
del c["nope"]; del c["q"]; print(c)
c1, c2 = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +c1, -c1)
c3 = Counter(a=1); c3 += Counter(a=1, b=-1); print(c3)
c3 -= Counter(a=5); print(c3)
c4 = Counter(a=2, b=3); c4 |= Counter(a=5, c=-1); print(c4)
c4 &= Counter(a=1, b=9); print(c4)
print(Counter(), Counter(a=0), Counter({"x": 1}) == Counter({"x": 1, "y": 0}), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2, b=1) >= Counter(a=2), Counter(a=1) > Counter(a=1))
print(Counter([3, 1, 3, 2, 1, 3]).most_common(), Counter(["b", "a", "b", "a"]).most_common(1))
show(lambda: Counter.fromkeys("ab"))
print(Counter(c=1, b=2, a=2), Counter("mississippi").most_common(3))
print(type(c.copy()).__name__, c.copy() == c, isinstance(c, dict))
print(Counter({"a": 1.5, "b": 0.5}).most_common())

# ---- OrderedDict
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od.keys()), list(od.values()), list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
show(lambda: OrderedDict().popitem())
show(lambda: od.move_to_end("zz"))
print(repr(OrderedDict()), OrderedDict(x=1) == OrderedDict(x=1))
o1 = OrderedDict([(1, 1), (2, 2)]); o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 == {1: 1, 2: 2})
print(o1 | {3: 3}, type(o1.copy()).__name__, OrderedDict.fromkeys("ab", 0))
o1["z"] = 0; o1.setdefault("y", 9); o1.pop(1); print(o1, list(reversed(o1)))
ro = OrderedDict(); ro["self"] = ro; print(ro)

# ---- namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.__name__, Point.__qualname__)
print(p._asdict(), p._replace(x=9), Point._make([5, 6]), Point._make(iter("ab")))
print(isinstance(p, tuple), type(p).__name__, p.__getnewargs__(), Point.__match_args__)
show(lambda: Point(1))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, x=2))
show(lambda: Point(1, z=2))
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: setattr(p, "x", 5))
show(lambda: delattr(p, "x"))
print(type(Point.x).__name__, Point.x.__doc__)
P3 = namedtuple("P3", "a, b c", defaults=(10, 20))
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(c=5, a=0))
show(lambda: P3(1, 2, 3, 4))
show(lambda: P3())
Q = namedtuple("Q", ["abc", "def", "ghi", "abc", "_x", "1"], rename=True)
print(Q._fields)
Mod = namedtuple("Mod", "a", module="mymod")
print(Mod.__module__, Point.__module__)
for args in [("P", "_a"), ("P", "a a"), ("P", "class"), ("P", "a-b"), ("P", ["a", 1]), ("1P", "a"), ("P", "a")]:
    show(lambda: namedtuple(*args)._fields)
show(lambda: namedtuple("P", "a", defaults=[1, 2]))
E = namedtuple("E", "")
print(E(), E._fields)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4), Sub(3, 4).norm())
match Point(1, 2):
    case Point(a, b):
        print("matched", a, b)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 1), Point(1, 2)))

# ---- ChainMap
base = {"a": 1, "b": 2}; over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm.get("z", 0), len(cm), list(cm), sorted(cm.items()), "c" in cm, bool(cm))
cm["d"] = 4; del cm["c"]; print(cm.maps)
show(lambda: cm.__delitem__("a"))
show(lambda: cm["nope"])
show(lambda: ChainMap().popitem())
show(lambda: ChainMap({}).pop("k"))
child = cm.new_child({"a": 100}); print(child, child["a"], child.parents)
print(cm.new_child(), cm.new_child(x=1).maps[0], ChainMap(), ChainMap.fromkeys("ab", 1))
print(cm.pop("d"), cm.copy(), type(cm.keys()).__name__, repr(cm.keys()))
print(cm | {"q": 1}, dict(cm), cm == {"b": 20, "a": 1}, isinstance(cm, MutableMapping))
cm.clear(); print(cm)

# ---- UserDict / UserList / UserString
ud = UserDict({"a": 1}, b=2); ud["c"] = 3
print(ud, len(ud), ud["a"], "b" in ud, ud.get("z"), sorted(ud), ud.data, isinstance(ud, MutableMapping))
del ud["a"]; print(ud, ud.pop("b"), ud, ud.setdefault("n", 5), ud)
show(lambda: ud["zz"])
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()["ab"], ud.copy(), ud | {"q": 0}, UserDict.fromkeys("xy", 1))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), 2 in ul, ul == [0, 1, 2, 3], ul.index(2), ul.count(1))
ul.extend(UserList([7])); ul.insert(0, -1); ul.remove(1); print(ul, ul.pop(), ul.pop(0), ul, ul < [5], list(reversed(ul)))
us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", "x" + us, us * 2, len(us), us[1:3], "ell" in us, us == "Hello", us.split("l"), us.find("l"), us.replace("l", "L"), us.center(9, "*"))

# ---- collections.abc
print([isinstance(x, Iterable) for x in ([], "", {}, 1, iter([]), deque(), (i for i in []))])
print([isinstance(x, Iterator) for x in ([], iter([]), (i for i in []), iter({}))])
print([isinstance(x, Sequence) for x in ([], (), "", range(1), {}, set(), deque(), b"")])
print([isinstance(x, MutableSequence) for x in ([], (), bytearray(), UserList())])
print([isinstance(x, Mapping) for x in ({}, [], OrderedDict(), Counter(), ChainMap(), UserDict())])
print([isinstance(x, Set) for x in (set(), frozenset(), {}.keys(), {}.items(), {}.values(), [])])
print([isinstance(x, MutableSet) for x in (set(), frozenset())])
print([isinstance(x, Hashable) for x in (1, "", (), [], {}, set(), frozenset())])
print([isinstance(x, Callable) for x in (len, print, 1, lambda: 0, int)])
print([isinstance(x, Sized) for x in ([], 1, "")], [isinstance(x, Container) for x in ([], 1)], isinstance(i for i in []) if False else isinstance((i for i in []), Generator))
print(issubclass(list, Reversible), issubclass(dict, Collection), issubclass(int, Collection))
class MySeq(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = MySeq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, Iterable))
class Bad(Mapping):
    pass
show(lambda: Bad())
class MyMap(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(repr(m.keys()).startswith("KeysView(<__main__.MyMap object"), list(m.items()), list(m.values()), m.get("z", 0), "a" in m, m == {"a": 1, "b": 2}, m.keys() & {"a"}, ("a", 1) in m.items())
class Registered:
    pass
Sequence.register(Registered)
print(isinstance(Registered(), Sequence), issubclass(Registered, Iterable), issubclass(Registered, Container))
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(Iter(), Iterator), isinstance(Iter(), Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), collections.abc.Mapping is Mapping)
