# A module-level loop keeps `zebra_count` in a register; deleting it mid-loop must
# raise NameError at the line that reads it, with the partial sum printed.
zebra_count = 1
k = 0
for i in range(3000):
    if i == 2500:
        print("deleting at", i, "k =", k)
        del zebra_count
    k += zebra_count
print("not reached", k)
