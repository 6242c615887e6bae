# operator (every function form incl. in-place, itemgetter/attrgetter/methodcaller reprs and errors, index, length_hint, concat, countOf, indexOf, is_/is_not, truth),
# random with fixed seeds (seed forms, random, randint, randrange forms, choice, choices weights, shuffle, uniform, sample, getrandbits, gauss-free getstate/setstate), heapq and bisect named functions
import operator as op, random, heapq, bisect
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7), op.concat([1], [2]), op.contains("abc", "b"))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([1, 2, 3], 1), op.getitem("abcdef", slice(1, 3)), op.length_hint([1, 2]), op.length_hint(iter([]), 5), op.length_hint(object(), 7), op.matmul.__name__)
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.iconcat([1], (2,)), op.isub(5, 2), op.imul(2, 3), op.ior({1}, {2}), op.ipow(2, 3), op.itruediv(1, 4))
ig = op.itemgetter(1); ig2 = op.itemgetter(0, -1); ag = op.attrgetter("real"); ag2 = op.attrgetter("real", "imag"); agd = op.attrgetter("__class__.__name__")
mc = op.methodcaller("split", ","); mc2 = op.methodcaller("replace", "a", b="z") if False else op.methodcaller("count", "a")
print(ig("xyz"), ig2("xyz"), ag(3j), ag2(1 + 2j), agd(5), mc("a,b"), mc2("banana"), repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc), repr(op.methodcaller("f", 1, k=2)))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)), list(map(op.itemgetter("k"), [{"k": 1}])))
for bad in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(1), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
for seed in [0, 42, 2 ** 40, -5, 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.choice("abcdef"), random.uniform(1, 2), random.getrandbits(70))
random.seed(1)
x = list(range(10)); random.shuffle(x); print(x, random.sample(range(100), 5), random.sample("abc", 3), random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=4), random.choices(range(3), cum_weights=[1, 1, 3], k=3))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random(), random.randrange(-10, -2), random.randint(-3, 3), random.randrange(0, 100, 7), random.triangular(0, 1), random.expovariate(2))
r = random.Random(7); print(r.random(), r.randint(0, 9), r.choice([1, 2]))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randint(3, 1), lambda: random.sample([1], 2), lambda: random.randrange(1, 5, 0), lambda: random.getrandbits(-1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); print(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(3, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(1, [], key=len), list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 9, 0, 3), bisect.bisect_left(a, 5, key=None))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 0); print(a)
recs = [("a", 1), ("b", 4), ("c", 9)]; print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.insort(recs, ("d", 5), key=lambda r: r[1]), recs)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print("ValueError", e)
