l = [1, 2, 3, True, 1.0, "a", 2**60]
print(sum([1, 2, 3]), sum((1.5, 2, True)), sum([2**53, 2**53]), sum([], 5), sum([[1], [2]], []))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum((1, 2), 0.5), sum([2**70, 1.0]))
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o): return A(o + self.v)
print(sum([A(1), A(2)]).v, sum([1, A(2), 3]).v)
grow = [1, 2, 3]
class G:
    def __radd__(self, o):
        grow.append(10)
        return o + 1
grow.append(G())
try: print(sum(grow))
except TypeError as e: print("TE", e)
try: sum([1, "a"])
except TypeError as e: print(e)
try: sum(["a", "b"], "")
except TypeError as e: print(e)
print(True in [1], 1.0 in [True], 1 in [1.0], "a" in ["b", "a"], 3 in [1, 2], "x" in [1, 2], 2 in ["2"])
print(l.index(True), l.index(1.0), l.index("a"), l.index(2**60), [0, 1].index(True), [5, 6, 7].index(7, 1, 3))
try: [1, 2].index(3)
except ValueError as e: print(e)
try: ["a"].index("b")
except ValueError as e: print(e)
class Q:
    def __eq__(self, o): return o == 42
print(42 in [Q()], [Q(), 42].index(42), "s" in [Q()])
p = list(range(10))
print(p.pop(0), p.pop(3), p.pop(-1), p.pop(), p)
try: p.pop(10)
except IndexError as e: print(e)
try: [].pop(0)
except IndexError as e: print(e)
print([0] * 5, [None] * 0, [1, 2] * 3, [7] * -1, (1,) * 3, [[]] * 2)
r = [[]] * 3; r[0].append(1); print(r)
d = {i: i for i in range(50)}
out = []
while d: out.append(d.popitem())
print(out[:3], len(out))
d = {"a": 1, "b": 2}; del d["b"]; d["c"] = 3; print(d, list(reversed(d)))
d = {1: 1, 2: 2, 3: 3}; del d[3]; del d[2]; d[4] = 4; print(d, d.popitem(), d)
