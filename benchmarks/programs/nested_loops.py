# nested_loops: the previous system's 1118 x 1118 `total += i*j` loop, run at
# module level (global loads/stores; the JIT needs on-stack replacement here).
# The square is swept REPEAT times with a shifting offset.
# bench-short: REPEAT=1

SIZE = 1118
REPEAT = 4

total = 0
for r in range(REPEAT):
    for i in range(SIZE):
        for j in range(SIZE):
            total += i * j + r
print(total)
