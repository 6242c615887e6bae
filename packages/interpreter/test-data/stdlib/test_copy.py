# copy: copy/deepcopy of builtins, instances, slots, __copy__/__deepcopy__,
# __getstate__/__setstate__, __reduce__, recursion and memo.
import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}, frozenset({9})]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], dp == nested, dp[1] is nested[1], dp[2]["k"] is nested[2]["k"], dp[3] is nested[3], dp[3][1] is nested[3][1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
for atom in [None, 1, 2.5, True, "s", b"b", 3j, len, copy.copy, int, range(3), Ellipsis, NotImplemented]:
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom, end=" ")
print()
d = {"a": [1], "b": {"c": 2}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
print(dc["a"] is d["a"], dd["a"] is d["a"], dd == d, copy.copy(set([1])) == {1}, copy.copy(bytearray(b"x")))

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec)
rd = {}
rd["me"] = rd
print(copy.deepcopy(rd)["me"] is not rd)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]

    def __repr__(self):
        return f"Plain({self.v!r}, {self.items!r})"


p = Plain(1)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.items is p.items, p3.items is p.items, type(p3).__name__)


class Slotted:
    __slots__ = ("a", "b", "__private")

    def __init__(self):
        self.a = [1]
        self.__private = 5


s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, "b"), s3._Slotted__private)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep", len(memo) >= 0]
        return c


print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)


class Stateful:
    def __init__(self):
        self.x = 1
        self.cache = "big"

    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


s4 = copy.copy(Stateful())
print(s4.x, s4.cache, copy.deepcopy(Stateful()).cache)


class Reducer:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducer, (self.a, self.b))

    def __repr__(self):
        return f"Reducer({self.a}, {self.b})"


print(copy.copy(Reducer(1, [2])), copy.deepcopy(Reducer(1, [2])))


class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


ml = MyList([1, [2]])
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1], ml3[1] is ml[1], ml3.tag)
md = MyDict(a=[1])
md.extra = 1
print(type(copy.copy(md)).__name__, copy.copy(md), copy.deepcopy(md)["a"] is md["a"], copy.copy(md).extra)
print(type(copy.copy(MyInt(5))).__name__, copy.copy(MyInt(5)), type(copy.deepcopy(MyTuple((1, [2])))).__name__, copy.deepcopy(MyTuple((1, [2]))))

Point = namedtuple("Point", "x y")
pt = Point([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x, copy.copy(pt).x is pt.x)
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)["a"] is od["a"])
ddf = defaultdict(list, {"k": [1]})
print(copy.copy(ddf), copy.deepcopy(ddf), copy.deepcopy(ddf)["k"] is ddf["k"], copy.deepcopy(ddf).default_factory)
print(copy.copy(Counter("aab")), copy.deepcopy(Counter("aab")), copy.copy(deque([1, [2]], maxlen=5)), copy.deepcopy(deque([1, [2]])))

memo = {}
obj = [1, 2]
a1 = copy.deepcopy(obj, memo)
a2 = copy.deepcopy(obj, memo)
print(a1 is a2, id(obj) in memo)


class Meth:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


m = Meth()
bound = copy.deepcopy(m.get)
print(bound(), bound.__self__ is not m, copy.copy(m.get) == m.get)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
