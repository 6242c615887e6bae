# Sets built from dict views (& | - ^ of keys/items views) follow CPython's set table order.
d = {k: 0 for k in [40, 8, 16, 3, 1, 72, 9, 100, 33]}
e = {k: 0 for k in [8, 72, 5, 64]}
print(d.keys() & e.keys(), d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() & [72, 8, 40], d.keys() | [7, 15], d.keys() - {8}, d.keys() ^ {8, 200})
print(d.items() & {(8, 0)}, d.items() - {(8, 0)})
print(set(d), set(d.keys()), set(d.values()), frozenset(d.items()))
print({1, 2} | d.keys(), {9, 72, 16} & d.keys())
import itertools
print(set(range(100)) - set(range(3, 97)), set(x for x in range(64, 0, -8)))
print(set(map(lambda x: x * 9, range(20))), set([3, 11, 19, 27] * 2))
s = {1, 2, 3, 17, 33}
s2 = s.copy(); s2.discard(17); print(s2, s2 | {49})
big = {k: 1 for k in range(0, 300, 7)}
small = {k: 1 for k in [21, 14, 7, 700, 0]}
print(big.keys() & small.keys(), small.keys() & big.keys(), big.keys() & {7, 14, 1000}, {7, 14, 1000} & big.keys())
print({x for x in range(0, 400, 5)} & big.keys(), big.keys() & set(range(0, 400, 5)), big.keys() & [63, 7, 0, 5])
print(big.items() & small.items(), small.items() | big.items() == big.items() | small.items())
print(big.keys() - [0, 7], big.keys() ^ small.keys(), small.keys() ^ big.keys(), small.keys() | big.keys())
print(big.keys() | {1000, 3}, {1000, 3} | big.keys(), {1000, 3} - big.keys(), {1000, 3, 7} ^ big.keys())
print(big.items() ^ small.items())
print({1: 2, 3: 4}.items() ^ {(1, 2), (5, 6)})
