# heapq: heap operations, tie behaviour, merge, nlargest/nsmallest, errors.
import heapq
from heapq import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 5]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 11), data)


class Item:
    # Compares only by priority so ties expose the sifting order.
    def __init__(self, pri, tag):
        self.pri, self.tag = pri, tag

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"{self.pri}{self.tag}"


items = [Item(p, t) for p, t in zip([3, 1, 3, 2, 1, 3, 2, 1], "abcdefgh")]
heap = list(items)
heapify(heap)
print(heap)
print([heappop(heap) for _ in range(len(heap))])
heap = []
for it in items:
    heappush(heap, it)
print(heap, [heappop(heap) for _ in range(4)], heap)
print(nlargest(3, items, key=lambda i: i.pri), nsmallest(3, items, key=lambda i: i.pri))
print(nlargest(3, items), nsmallest(4, items), nsmallest(1, items), nlargest(1, items))
print(nlargest(3, [1, 5, 2, 8, 3]), nsmallest(3, [1, 5, 2, 8, 3]), nlargest(10, [1, 2]), nsmallest(0, [1]), nlargest(2, []), nlargest(-1, [1]))
print(nlargest(2, iter([4, 1, 7, 3])), nsmallest(2, iter([4, 1, 7, 3]), key=lambda v: -v))
words = "the quick brown fox jumps over the lazy dog".split()
print(nlargest(4, words, key=len), nsmallest(4, words, key=len), nsmallest(3, iter(words), key=len), nlargest(3, iter(words), key=len))
print(list(merge([1, 3, 5], [2, 4, 6], [0, 7])), list(merge()), list(merge([], [1])))
print(list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(merge(items[:3], items[3:5], key=lambda i: i.pri)))
print(list(merge([Item(1, "x"), Item(2, "x")], [Item(1, "y"), Item(2, "y")])))
print(list(merge([3, 2], [3, 1], key=lambda v: -v, reverse=False)))
show(lambda: heappop([]))
show(lambda: heapreplace([], 1))
show(lambda: heappush(1, 2))
show(lambda: heapify((1,)))
print(heappushpop([], 3))
# A larger deterministic workload.
seq = [(i * 7919) % 101 for i in range(300)]
h = []
for v in seq:
    heappush(h, v)
print(h[:20], [heappop(h) for _ in range(10)])
h2 = list(seq)
heapify(h2)
print(h2[:20], nlargest(5, seq), nsmallest(5, seq))
