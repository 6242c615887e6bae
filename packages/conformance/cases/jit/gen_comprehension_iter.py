# Comprehensions (and a plain function) iterating a range iterator passed in
# by the caller, compiled hot: the iterator can be shared with the caller
# (partially consumed, consumed again afterwards), negative and large steps,
# other iterables through the same comprehension, and next() on the shared
# iterator from inside the comprehension.


def squares(n):
    return [x * x for x in range(n)]


def evens(it):
    return [x for x in it if x % 2 == 0]


def first_below(it, k):
    return [x for x in it if x < k]


def take_pairs(it):
    return [(x, next(it, None)) for x in it]


def total(it):
    s = 0
    for x in it:
        s += x
    return s


acc = 0
for r in range(400):
    acc += len(squares(50 + r % 9)) + sum(evens(iter(range(r, r + 40))))
    acc += total(iter(range(0, 3 * r, 3)))
print(acc)

shared = iter(range(100))
print(first_below(shared, 10), next(shared, "done"))
shared = iter(range(100))
part = first_below(shared, 200)
print(len(part), list(shared))

print(take_pairs(iter(range(11))))
print(evens(iter(range(20, 0, -3))), evens([1, 2, 3, 4]), evens(iter((6, 7, 8))))
print(total(iter(range(10 ** 15, 10 ** 15 + 5))), total(iter(range(2 ** 53 - 3, 2 ** 53 + 3))))
print(total(iter(range(-5, 5, 2))), total(range(5)), total([1.5, 2.5]))
big = iter(range(0, 10 ** 6, 7))
print(total(big), next(big, "exhausted"))

it = iter(range(50))
print({x: x * x for x in it if x < 5}, list(it))
it = iter(range(30))
print({x % 7 for x in it}, list(it))
it = iter(range(5))
print(list(x * 2 for x in it), list(it))
