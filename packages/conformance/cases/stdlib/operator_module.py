# operator module: function forms of operators, itemgetter/attrgetter/methodcaller, in-place variants, index/length_hint
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.getitem("abc", 1))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), get1({1: "one"}), op.itemgetter(slice(1, None))([1, 2, 3]))
rows = [("bob", 30), ("amy", 25), ("cal", 30)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name, self.inner = name, inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("ann", P("inner-bob"))
print(op.attrgetter("name")(p), op.attrgetter("inner.name")(p), op.attrgetter("name", "inner.name")(p))
print(op.methodcaller("greet", "hi")(p), op.methodcaller("greet", "yo", punct="?")(p), op.methodcaller("upper")("abc"))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul("ab", 2), op.ior({1}, {2}), op.iconcat([0], (1,)))
print(op.matmul.__name__, op.call(len, "abcd") if hasattr(op, "call") else 4, list(map(op.mul, [1, 2], [3, 4])))
import functools
print(functools.reduce(op.add, range(5)), functools.reduce(op.mul, range(1, 6)), sum(map(op.itemgetter(1), rows)))
for bad in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(p), lambda: op.index(1.5), lambda: op.concat(1, 2)]:
    try:
        bad()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(op.itemgetter(1, "a")), repr(op.attrgetter("x.y")), repr(op.methodcaller("m", 1, k=2)))
