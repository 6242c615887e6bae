# list_comprehension: the previous system's comprehension workload — plain,
# filtered, nested and dict/set comprehensions plus generator expressions fed
# to builtins.
# bench-short: ROUNDS=100

ROUNDS = 1400
SIZE = 2000


def one_round(r):
    squares = [x * x for x in range(SIZE)]
    odds = [x for x in squares if x % 2 == 1]
    pairs = [(i, j) for i in range(40) for j in range(i, 40) if (i + j + r) % 3 == 0]
    grid = [[i * j for j in range(30)] for i in range(30)]
    diag = [grid[i][i] for i in range(30)]
    index = {x: x % 17 for x in range(0, SIZE, 3)}
    residues = {x % 101 for x in squares}
    acc = len(odds) + len(pairs) + sum(diag) + len(index) + len(residues)
    acc += sum(x for x in odds if x % 5 == 0) % 100003
    acc += max(len(row) for row in grid)
    return acc


total = 0
for r in range(ROUNDS):
    total = (total * 7 + one_round(r)) % 1000000007
print(total)
