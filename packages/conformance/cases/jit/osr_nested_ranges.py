# OSR into the innermost loop of a nest: the enclosing loops' range
# iterators are taken apart too (counted loops), unless they are not plain
# small-int ranges.
total = 0
for r in range(3):
    for i in range(0, 60, 7):
        for j in range(400):
            total += i * j + r
print(total)

# enclosing range with a negative step, and one over a list
acc = 0
for r in range(5, 0, -2):
    for name in ["a", "bb", "ccc"]:
        for j in range(300):
            acc += len(name) * r + j
print(acc)

# enclosing range past 2**53 (not an int53 iterator)
big = 2 ** 53 - 3
hits = []
for b in range(big, big + 6):
    s = 0
    for j in range(500):
        s += j
    hits.append(b + s)
print(hits[0], hits[-1], len(hits))

# breaking out of inner and outer loops, rebinding the loop variable
found = None
count = 0
for a in range(1, 50):
    for c in range(1, 400):
        count += 1
        if a * c == 1189:
            found = (a, c)
            break
    else:
        a = -a
        continue
    break
print(found, count, a)


def in_function(n):
    t = 0
    for r in range(2):
        for i in range(n):
            for j in range(n):
                t += (i ^ j) + r
    return t


print(in_function(120))
