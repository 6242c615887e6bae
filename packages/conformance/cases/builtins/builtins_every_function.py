# every builtin function (abs ... zip) called with its argument variants and main errors; builtin type constructors as functions
import asyncio
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
class N:
    def __abs__(self): return "abs!"
    def __index__(self): return 10
    def __round__(self, n=None): return ("round", n)
    def __len__(self): return 3
    def __repr__(self): return "N()"
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True), abs(N()), abs(-2 ** 70))
print(all([]), all([1, 0]), any([]), any([0, "x"]), ascii("é\n☃"), ascii([1, "ü"]), bin(10), bin(-10), bin(N()), oct(8), oct(-8), hex(255), hex(-255), hex(N()))
print(callable(len), callable(1), callable(N), chr(97), chr(0x1F600), ord("a"), ord("😀"), ord(b"a"), divmod(7, -2), divmod(-7.5, 2))
print(format(1.5), format(10, "x"), hash("a") == hash("a"), id(N) == id(N), len("abc"), len([1]), len(N()), len(range(10 ** 6)))
print(max(3, 1, 2), max([1, 5, 2]), max("abc", key=ord), max([], default=None), max([2, 3], key=lambda v: -v), min(3, 1, 2), min("zyx"), min([], default=-1), min((1, "b"), (1, "a")))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(2.5, 2), pow(3, 4, mod=5), repr(1.0), repr("q"), round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(7, -1), round(N()), round(N(), 2))
print(sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["aa", "b"], key=len), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), start=1))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("ab", "cd", strict=True)), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, "", "a"])), list(reversed("abc")), list(enumerate("ab", 1)))
it = iter([1, 2]); print(next(it), next(it), next(it, "end"), list(iter(iter([7]))))
vals = iter([1, 2, 0, 3]); print(list(iter(lambda: next(vals), 0)))
class O: pass
o = O(); setattr(o, "a", 1); print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), hasattr(o, "b")); delattr(o, "a"); print(hasattr(o, "a"), vars(o), sorted(vars(O))[:3], "O" in dir())
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (str, int)), issubclass(int, object), isinstance([], (list[int].__origin__,)))
print(eval("x + 1", {"x": 2}), exec("y = 5", g := {}) or g["y"], type(compile("1", "<s>", "eval")).__name__, eval(compile("2*3", "<s>", "eval")), type(globals()).__name__, type(locals()).__name__)
async def agen():
    yield 1
    yield 2
async def main():
    a = aiter(agen()); print(await anext(a), await anext(a), await anext(a, "done"))
asyncio.run(main())
print(bool(), int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), type(1), object.__name__, slice(1), range(2), memoryview(b"a").tobytes())
show("abs str", lambda: abs("x"))
show("chr neg", lambda: chr(-1))
show("chr big", lambda: chr(0x110000))
show("ord long", lambda: ord("ab"))
show("ord empty", lambda: ord(""))
show("divmod str", lambda: divmod("a", 1))
show("len int", lambda: len(5))
show("max empty", lambda: max([]))
show("min none", lambda: min())
show("max kw", lambda: max(1, 2, bad=1))
show("next non-it", lambda: next([1]))
show("iter int", lambda: iter(5))
show("sum str", lambda: sum(["a", "b"], ""))
show("zip strict", lambda: list(zip("ab", "c", strict=True)))
show("getattr missing", lambda: getattr(1, "nope"))
show("getattr nonstr", lambda: getattr(1, 2))
show("setattr int", lambda: setattr(1, "x", 2))
show("isinstance bad", lambda: isinstance(1, 2))
show("issubclass bad", lambda: issubclass(1, int))
show("hash list", lambda: hash([]))
show("round str", lambda: round("x"))
show("pow mod 0", lambda: pow(2, 3, 0))
show("sorted cmp", lambda: sorted([1, "a"]))
show("hex float", lambda: hex(1.5))
show("vars int", lambda: vars(1))
show("anext non-async", lambda: anext(iter([])))
show("aiter non-async", lambda: aiter([]))
show("eval syntax", lambda: eval("1 +"))
show("compile mode", lambda: compile("1", "<s>", "bogus"))
show("callable args", lambda: callable())
