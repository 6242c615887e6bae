# list: full method set, index/remove/pop errors, sort arguments, comparisons, copies, repr of recursive lists
l = [5, 3, 8, 1, 9, 2]
print(l.index(8), l.index(9, 2), l.count(3), len(l), l.copy() == l, l.copy() is l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.sort(key=lambda v: v % 3)
print(l)
l.reverse()
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.insert(100, "end")
l.insert(-100, "start")
l.insert(2, "mid")
print(l)
l.remove("mid")
l.extend(range(2))
l.extend("ab")
print(l)
l.clear()
print(l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [3, "a"].sort(), lambda: [1].sort(lambda x: x),
            lambda: [1, 2][5], lambda: [1].__setitem__(3, 0), lambda: [1]["a"], lambda: [1, 2][1:2:0]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
b = [[0] * 2] * 2
b[0][0] = 9
print(b)
c = [[0] * 2 for _ in range(2)]
c[0][0] = 9
print(c)
print([1, 2] * 2, 0 * [1], [1] * -1, [1, [2]] + [3], list("abc"), list(range(3)), list({"k": 1}), list((1, 2)))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2.0], [1] != [1])
nums = [3, 1, 2]
srt = sorted(nums)
print(nums, srt, nums.sort(), nums)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
m = list(range(10))
print(m[::3], m[-3:], m[8:2:-2], m[100:], m[-100:2], m[::-1][:3])
print(sum([[1], [2, 3]], []), [x for x in [1, 2, 3]].__len__(), [].__class__.__name__, list.__name__)
stack = []
for i in range(3):
    stack.append(i * i)
print(stack.pop(), stack.pop(), stack, list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__class__.__name__)
e = [1, 2, 3]
e[1:2] = []
e[len(e):] = [4, 5]
print(e, e[:]), print(e.__contains__(4))
