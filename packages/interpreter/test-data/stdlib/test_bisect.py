# bisect: bisect_left/right, insort_left/right, key=, lo/hi and errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
print([bisect_left(a, x) for x in range(10)])
print([bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2), bisect.bisect(a, 2, 0, 2), bisect_left(a, 2, 3), bisect_right(a, 2, hi=2), bisect_left(a, 9, 2, 4))
b = []
for x in [5, 1, 4, 1, 3]:
    insort(b, x)
print(b)
insort_left(b, 4); insort_right(b, 4, 0, 3); print(b)
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_left(recs, ("x", 3), key=lambda r: r[1]); insort_right(recs, ("y", 3), key=lambda r: r[1]); insort(recs, ("z", 0), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
show(lambda: bisect_left(a, 1, -1))
show(lambda: insort(1, 1))
show(lambda: bisect_left([1, 2], "a"))
print(bisect_right([1, 2], 1, hi=-5), bisect_left("acex", "d"))
