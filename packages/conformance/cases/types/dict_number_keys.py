d = {}
for i in range(1000): d[i * 7] = i
print(len(d), d[70], 71 in d, 70 in d, d.get(-1, 5))
d[1.0] = "f"; d[True] = "t"; print(d[1], d[1.0], len(d))
d[0.5] = "h"; d[-0.0] = "z"; print(d[0], d[0.5], d.get(0.5000001))
d[2**60] = "big"; d[float(2**60)] = "bigf"; print(d[2**60])
d[2**53 + 2] = "x"; print(d[2**53 + 2], (2**53 + 2) in d, float(2**53) in d)
d[1e300] = 1; print(d[1e300], 1e300 in d, float('inf') in d)
d[float('inf')] = 2; d[float('-inf')] = 3; print(d[float('inf')], d[-float('inf')])
n = float('nan'); d[n] = 'nan'; print(d[n], float('nan') in d)
for i in range(0, 7000, 7): del d[i]
print(len(d), list(d.items()))
for i in range(5000): d[i] = i
for i in range(0, 5000, 2): del d[i]
print(len(d), sum(d.keys()), list(d)[:5], d.popitem())
class E:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, E) else o)
    def __repr__(self): return "E(%r)" % self.v
e = {E(3): "e3", 4: "four"}
print(e[3], e[E(4)], 3 in e, E(4) in e, 5 in e)
e[3] = "new3"; print(e)
del e[E(4)]; print(e)
e2 = {5: 1}; print(E(5) in e2, e2[E(5)])
s = {1, 2, 3, 1.0, True, 2.5}; print(sorted(s), 2.5 in s, 3.0 in s)
s2 = {x % 101 for x in range(10000)}; print(len(s2), 100 in s2)
dd = dict.fromkeys(range(100)); print(len(dd), 99 in dd)
for i in range(100): dd.pop(i)
print(dd, len(dd))
dd[-1] = 1; dd[-2] = 2; print(dd)
import sys
big = {i: i for i in range(-1000000, 1000000, 997)}; print(len(big), big[-1000000], -1000000 + 997 in big)
m = {i * 0.5: i for i in range(100)}; print(m[2], m[2.0], m[24.5], 24.5 in m, 3 in m)
c = {}; c[0] = 'a'; c[-0.0] = 'b'; c[False] = 'c'; print(c)
