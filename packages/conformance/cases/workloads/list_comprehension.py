# List comprehensions, nested and filtered, plus set/dict comprehensions and genexps.
squares = [x * x for x in range(20)]
print(squares)
evens = [x for x in range(50) if x % 2 == 0 if x % 3 != 0]
print(evens)
pairs = [(i, j) for i in range(4) for j in range(i)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix])
flat = [v for row in matrix for v in row]
print(flat, sum(x * x for x in flat))
print({x % 5 for x in range(20)}, {x: x ** 2 for x in range(5)})
total = 0
for k in range(200):
    total += len([i for i in range(k) if i % 7 == 3])
print(total)
