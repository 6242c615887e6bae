# BINARY_SUBSCR_* / STORE_SUBSCR_*, CALL_* and FOR_ITER_* specializations, invalidated.


def get(o, k):
    return o[k]


def put(o, k, v):
    o[k] = v
    return o


def phase(label, fn, args_list):
    out = []
    for args in args_list:
        try:
            out.append(fn(*args))
        except Exception as e:
            out.append(type(e).__name__)
    print(label, out[:2], out[-2:])


lst = list(range(10))
phase("list[int]", get, [(lst, i % 10) for i in range(40)])
phase("list[-int]", get, [(lst, -1 - i % 10) for i in range(40)])
phase("list out of range", get, [(lst, 10 + i) for i in range(40)])
phase("list replaced by tuple", get, [(tuple(lst), i % 10) for i in range(40)])
phase("tuple replaced by dict", get, [({i: i * i for i in range(10)}, i % 10) for i in range(40)])
phase("dict missing key", get, [({}, i) for i in range(40)])
phase("dict str keys", get, [({"a": 1, "b": 2}, "ab"[i % 2]) for i in range(40)])
phase("dict 1 / 1.0 / True", get, [({1: "one"}, [1, 1.0, True][i % 3]) for i in range(40)])
phase("list[bool]", get, [(lst, True) for i in range(40)])
phase("list[slice]", get, [(lst, slice(1, 3)) for i in range(40)])
phase("list[big]", get, [(lst, 2**70) for i in range(40)])
phase("str[int]", get, [("hello", i % 5) for i in range(40)])


class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 100)


class MyDict(dict):
    def __missing__(self, k):
        return ("missing", k)


phase("list subclass", get, [(MyList([1, 2]), i) for i in range(40)])
phase("dict subclass __missing__", get, [(MyDict(a=1), "b") for i in range(40)])
phase("dict unhashable key", get, [({}, []) for i in range(40)])

phase("store list", put, [(list(range(5)), i % 5, i) for i in range(40)])
phase("store list out of range", put, [([0], 5, i) for i in range(40)])
phase("store dict", put, [({}, i, i) for i in range(40)])
phase("store list subclass", put, [(MyList([0, 0]), 1, i) for i in range(40)])
phase("store tuple", put, [((1, 2), 0, i) for i in range(40)])
phase("store dict subclass", put, [(MyDict(), "k", i) for i in range(40)])
phase("store bytearray", put, [(bytearray(b"ab"), 0, 65 + i % 20) for i in range(40)])


# calls
def f1(x):
    return x + 1


def f2(x, y=10):
    return x + y


def call1(fn, a):
    return fn(a)


phase("call py", call1, [(f1, i) for i in range(40)])
phase("call py defaults", call1, [(f2, i) for i in range(40)])
phase("call builtin", call1, [(abs, -i) for i in range(40)])
phase("call type", call1, [(str, i) for i in range(40)])
phase("call lambda", call1, [(lambda v: v * 2, i) for i in range(40)])
f1.__code__ = (lambda x: ("new code", x)).__code__
phase("call __code__ replaced", call1, [(f1, i) for i in range(40)])


def gen(x):
    yield x


phase("call generator fn", lambda fn, a: next(call1(fn, a)), [(gen, i) for i in range(40)])
phase("call error", call1, [(f2, "s") for i in range(40)])


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print("recursion", rec(400))


class K:
    def __init__(self, v):
        self.v = v

    def m(self, a):
        return self.v + a


def call_m(o, a):
    return o.m(a)


def make(cls, v):
    return cls(v).v


ks = [K(i) for i in range(3)]
phase("method call", call_m, [(ks[i % 3], i) for i in range(40)])
K.m = lambda self, a: ("patched", a)
phase("method patched", call_m, [(ks[i % 3], i) for i in range(40)])
ks[0].m = lambda a: ("instance", a)
phase("method on instance", call_m, [(ks[0], i) for i in range(40)])
phase("class call", make, [(K, i) for i in range(40)])
K.__init__ = lambda self, v: setattr(self, "v", -v)
phase("class __init__ patched", make, [(K, i) for i in range(40)])


def bad_init(self, v):
    return 5


K.__init__ = bad_init
phase("__init__ returns non-None", make, [(K, i) for i in range(40)])


class KK(K):
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = "from __new__"
        return o

    def __init__(self, v):
        pass


phase("class with __new__", make, [(KK, i) for i in range(40)])
bm = ks[1].__class__.__dict__["__init__"]
phase("class replaced by function", make, [(lambda v: K.__new__(K), i) for i in range(3)])


def append_to(l, v):
    l.append(v)
    return len(l)


phase("method descriptor", append_to, [([], i) for i in range(40)])


class Appender:
    def __init__(self):
        self.n = 0

    def append(self, v):
        self.n += v
        return self.n


phase("method descriptor -> py method", append_to, [(Appender(), i) for i in range(40)])
phase("method descriptor other type", append_to, [(bytearray(), i) for i in range(40)])


# FOR_ITER over range, list, tuple, then others at the same site
def total(it):
    t = 0
    for v in it:
        t = t + v
    return t


phase("for range", total, [(range(i),) for i in range(40)])
phase("for list", total, [(list(range(i)),) for i in range(40)])
phase("for tuple", total, [(tuple(range(i)),) for i in range(40)])
phase("for generator", total, [((x for x in range(i)),) for i in range(40)])
phase("for dict", total, [(dict.fromkeys(range(i)),) for i in range(40)])
phase("for str", total, [("ab",) for i in range(40)])
phase("for big range", total, [(range(2**62, 2**62 + 3),) for i in range(40)])
phase("for negative step", total, [(range(i, 0, -1),) for i in range(40)])


def grow(l):
    n = 0
    for v in l:
        n += 1
        if len(l) < 50:
            l.append(v)
    return n


phase("list grown while iterating", grow, [([1, 2, 3],) for i in range(40)])
