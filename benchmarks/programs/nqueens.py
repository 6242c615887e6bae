# nqueens: count all placements of N non-attacking queens by backtracking
# over columns with occupancy lists for columns and both diagonals, and
# collect a checksum of the first solutions found. Recursion, list
# indexing, booleans.
# bench-short: REPEAT=4

N = 9
REPEAT = 60


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n - 1)
    diag2 = [False] * (2 * n - 1)
    board = [0] * n
    solutions = []

    def place(row):
        if row == n:
            if len(solutions) < 10:
                solutions.append(tuple(board))
            return 1
        found = 0
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = True
                board[row] = c
                found += place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = False
        return found

    return place(0), solutions


total = 0
for size in range(4, N + 1):
    for _ in range(REPEAT):
        count, first = solve(size)
        total += count
    print(size, count, first[:2])
print(total)
