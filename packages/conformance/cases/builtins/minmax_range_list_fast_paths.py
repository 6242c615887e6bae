print(max(3, 5), min(3, 5), max(2, 2.0), min(2.0, 2), max("a", "b"), max([1, 5, 3]), min((4, 2, 9)), max([2, 2.0]), min([1.0, 1]))
print(max([[1], [0, 5]]), min([], default=7), max([3], key=lambda x: -x), max(1, 2, 3), min(2, 1, key=abs))
try: max(1, "a")
except TypeError as e: print(e)
try: min([])
except ValueError as e: print(e)
try: max(1, 2, default=3)
except TypeError as e: print(e)
class M:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if len(grow) < 6: grow.append(M(0))
        return self.v > o.v
    def __lt__(self, o): return self.v < o.v
grow = [M(1), M(3), M(2)]
print(max(grow).v, len(grow))
class L(list): pass
print(max(L([1, 9, 2])), list(range(5)), list(range(10, 0, -3)), tuple(range(0)), list(range(-2, 2)), sorted(range(3, 0, -1)))
print(len(list(range(2**60, 2**60 + 3))), list(range(2**53 - 2, 2**53 + 2)))
