# collections: Counter arithmetic/most_common, defaultdict, OrderedDict moves, deque ops, namedtuple, ChainMap
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zz"], sorted(c.elements())[:6], c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, -Counter(a=-2, b=3), +Counter(a=-1, b=1))
d.update("aaz")
d.subtract({"b": 5})
print(d, dict(d), list(d.keys()))
print(Counter(["x", "y", "x"]) == Counter({"x": 2, "y": 1}), Counter(a=1).most_common(), repr(Counter()))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), defaultdict(lambda: "dflt")["x"])
try:
    defaultdict()["x"]
except KeyError as ex:
    print("KeyError:", ex)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.maxlen, q[0], q[-1])
q.rotate(2)
print(q)
q.rotate(-3)
print(q, q.popleft(), q.pop(), q)
q.extendleft("ab")
print(q, q.count("a"), q.index(3), len(q))
try:
    deque().pop()
except IndexError as ex:
    print("IndexError:", ex)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as ex:
    print("TypeError:", ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
child = cm.new_child({"b": "child"})
print(cm.maps[0], child["b"], child.parents["b"], dict(child))
