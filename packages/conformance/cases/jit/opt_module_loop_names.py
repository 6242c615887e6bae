# Module-level loops keep the names they read in registers (tier 2 carries
# them as loop parameters): each case changes a name behind the loop's back
# or makes it unbound / of another type mid-loop.

total = 0
for i in range(3000):
    total += i * 3 + 1
print("sum", total)

# A name first bound inside the loop (unbound when the loop starts).
for i in range(2000):
    if i > 0:
        acc = acc + i
    else:
        acc = 0
print("acc", acc)

# Past 2**53 and 2**63 in a module-level accumulator.
big = 2**53 - 10
for i in range(40):
    big += 1
print("big", big, type(big).__name__)
big = 2**63 - 5
for i in range(20):
    big = big + i
print("big63", big)

# int -> float -> str mid-loop.
val = 0
for i in range(3000):
    if i == 1000:
        val = 0.5
    if i == 2000:
        val = "s"
    if isinstance(val, str):
        val = val[:5] + "x"
    else:
        val = val + 1
print("val", val)


# Rebound by a call (global statement) in the middle of the loop.
def rebind():
    global step
    step = 2.5


step = 1
count = 0
for i in range(3000):
    if i == 1500:
        rebind()
    count += step
print("count", count)

# A builtin shadowed mid-loop, then the shadow deleted again.
n = 0
for i in range(3000):
    if i == 1000:
        abs = lambda x: 7
    if i == 2000:
        del abs
    n += abs(-1)
print("n", n)

# Nested module loops with an outer accumulator.
grid = 0
for a in range(60):
    for b in range(60):
        grid += a * b - a
    grid -= b
print("grid", grid)

# A float accumulator.
fsum = 0.0
for i in range(5000):
    fsum += i * 0.5
print("fsum", fsum)

# The loop variable itself read after the loop; a name both loaded and stored in the loop.
last = None
for i in range(1000):
    last = i
print("last", last, i)

z = 0
for i in range(3000):
    z = z + i
print(undefined_name_at_the_end if z < 0 else "end", z)
for i in range(3000):
    if i == 2999:
        print(undefined_name_in_loop)
