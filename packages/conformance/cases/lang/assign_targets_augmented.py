# assignment forms: chained, tuple/star/nested unpacking, subscript/attribute targets, augmented ops
a = b = c = [1, 2]
a.append(3)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (10, 20), 30
print(p, q, r)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [42]
print(head, rest)
[m, [n, *o]] = [1, (2, 3, 4)]
print(m, n, o)
d = {}
d["k"], d["j"] = "v", "w"
print(d)
class NS: pass
ns = NS()
ns.a, ns.b = 5, 6
print(ns.a, ns.b)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = "ab"
print(lst)
i = 0
i, lst[i] = 2, "Z"   # left to right: i is rebound before lst[i]
print(i, lst)
n = 7
n += 3; print(n)
n -= 1; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
n |= 0b1010; print(n)
n &= 0xFF; print(n)
n ^= 0b1111; print(n)
f = 10
f /= 4; print(f)
s = "ab"; s *= 3; print(s)
t = (1,); t += (2, 3); print(t)
l1 = [1]; l2 = l1; l1 += [2]; print(l1, l2, l1 is l2)
t1 = (1,); t2 = t1; t1 += (2,); print(t1, t2, t1 is t2)
cnt = {"a": 1}
cnt["a"] += 5
cnt.setdefault("b", 0)
cnt["b"] -= 2
print(cnt)
for bad in ["x, y = 1, 2, 3", "x, y, z = 1, 2", "a, *b, c = [1]", "x, y = 5"]:
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
