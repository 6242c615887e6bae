a = list(range(10))
a[2:5] = [9, 9, 9]; print(a)
a[2:5] = [1]; print(a)
a[2:3] = (7, 8, 9, 10); print(a)
a[:] = a; print(a)
a[5:2] = "xy"; print(a)
a[-3:] = range(3); print(a)
a[:6:2] = a[1:7:2]; print(a)
b = a; a[1:4] = b; print(a)
a[True:3] = [0]; print(a)
s = "hello world"
print(s[1:4], s[::-1], s[::3], s[-3:], s[5:1], s[1:100], s[-100:2], s[True:])
u = "h\U0001F600llo"
print(u[1:3], u[::-1])
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted(["b", "a", "\U0001F600", "\uffff"]))
print(sorted([1.5, -0.0, 0.0, 2.0]), sorted([0.0, -0.0], reverse=True), sorted([-0.0, 0.0], reverse=True))
print(sorted([3, 1, 2.5, True, 2**60, 2**70]))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
pairs = [(1, 'x'), (0, 'y'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([float('nan'), 1.0, 0.5]))
try: sorted([1, "a"])
except TypeError as e: print(e)
try: sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e: print(e)
l = [3, 2, 1]
try: l.sort(key=lambda x: l.append(1) or x)
except ValueError as e: print(e, l)
big = list(range(10000)); big[10:20] = range(5000); print(len(big), big[5010:5013])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(2), K(1), K(3)]), sorted([3, 1, 2], key=K))
class S(str): pass
print(sorted([S("b"), "a", S("c")]))
print(sorted([True, False, 1, 0]), sorted([2, 1.5, 1]))
m = [5, 1, 4]; m.sort(reverse=True); print(m)
t = (1, 2, 3, 4); m[0:1] = t; print(m)
