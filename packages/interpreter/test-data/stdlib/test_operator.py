# operator: every function, the getters' reprs and error messages.
import operator as op


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.add("a", "b"), op.and_(6, 3), op.floordiv(7, 2), op.index(5), op.index(True))
print(op.inv(5), op.invert(0), op.lshift(1, 4), op.mod(7, 3), op.mod("%s!", "x"), op.mul(3, 4), op.mul("ab", 2))
print(op.neg(5), op.or_(4, 1), op.pos(-2), op.pow(2, 10), op.rshift(256, 2), op.sub(5, 7), op.truediv(7, 2), op.xor(5, 1))
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem("abcdef", slice(1, 4)))
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(1, 7), op.length_hint(x for x in []), op.length_hint(1, -1))
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat([0], (1,)), op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3))
print(op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.itruediv(1, 4))
s = {1}; op.ior(s, {2}); print(s)


class M:
    def __matmul__(self, o):
        return "matmul"

    def __imatmul__(self, o):
        return "imatmul"

    def __index__(self):
        return 42


print(op.matmul(M(), 1), op.imatmul(M(), 1), op.index(M()))
show(lambda: op.index(1.5))
show(lambda: op.index("1"))
show(lambda: op.concat(1, 2))
show(lambda: op.indexOf([1], 2))
show(lambda: op.length_hint(1, "a"))
show(lambda: op.add(1, "a"))
show(lambda: op.lt(1, "a"))

# itemgetter / attrgetter / methodcaller
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1, slice(1, 3))
print(ig([5, 6, 7]), ig("xyz"), ig({1: "one"}), ig2("abcdef"), repr(ig), repr(ig2), repr(op.itemgetter("k")))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
show(lambda: op.itemgetter())
show(lambda: ig([]))


class Obj:
    def __init__(self):
        self.name = "n"
        self.child = self
        self.n = 3

    def greet(self, who, punct="."):
        return f"hi {who}{punct}"


o = Obj()
ag = op.attrgetter("name")
ag2 = op.attrgetter("name", "child.child.n")
print(ag(o), ag2(o), repr(ag), repr(ag2))
show(lambda: op.attrgetter(1))
show(lambda: op.attrgetter("missing")(o))
show(lambda: op.attrgetter("child.missing")(o))
mc = op.methodcaller("greet", "bob", punct="!")
print(mc(o), repr(mc), repr(op.methodcaller("upper")), op.methodcaller("upper")("abc"))
show(lambda: op.methodcaller())
show(lambda: op.methodcaller(1))
print(type(ig).__name__, type(ag).__name__, type(mc).__name__)
print(op.__add__ is op.add, op.__lt__(1, 2), op.__getitem__([1], 0))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
