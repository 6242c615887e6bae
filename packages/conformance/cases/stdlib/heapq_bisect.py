# heapq (push/pop/heapify/replace/pushpop/nlargest/nsmallest/merge) and bisect (left/right, insort, key=)
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
mx = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(len(mx))])
s = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect_right(s, 10))
print(bisect.bisect_left(s, 4, 3), bisect.bisect_right(s, 4, 0, 3), bisect.bisect_left(s, 5, hi=4))
bisect.insort(s, 5)
bisect.insort_left(s, 4)
bisect.insort_right(s, 0)
print(s)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(sc) for sc in [33, 99, 77, 70, 89, 90, 100, 60]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(s, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
big = list(range(0, 10 ** 6, 3))
print(bisect.bisect_left(big, 500000), big[bisect.bisect_left(big, 500000)])
