# Module-level loops defer their STORE_NAMEs (tier 2 keeps the names in
# registers): everything that can look at the module dict must see every
# store made before it.


def peek():
    return total


def snapshot():
    g = globals()
    return (g["total"], g["i"], g.get("late", "unbound"))


total = 0
seen = []
for i in range(3000):
    total += i
    if i % 1000 == 999:
        seen.append(peek())
        seen.append(snapshot())
print(seen)

# A global a compiled function reads as a constant, rebound by the loop just before a call.
K = 1


def getk():
    return K


acc = 0
for i in range(3000):
    if i % 1000 == 999:
        K = K + 1
    acc += getk()
print("acc", acc, K)

# A name first stored late in the loop; a guard failing mid-loop (int -> float) resumes with the stores written.
for i in range(3000):
    if i >= 1500:
        late = i * 0.5
    total = total + (1 if i < 2000 else 1.5)
print("late", late, total, i)

# Stores into a name that shadows a builtin, then reads through a call.
def uses_len(s):
    return len(s)


n = 0
for i in range(2000):
    if i == 1000:
        len = lambda s: 100
    n += uses_len("ab")
del len
print("n", n, len("abc"))

# Loop over a list (not a range) with two accumulators and a swap.
a, b = 0, 1
for v in [3, 1, 4, 1, 5, 9, 2, 6] * 300:
    a, b = b, a + v
print("ab", a, b)

# Division by zero mid-loop: the traceback points at the loop body line.
q = 0
for i in range(3000):
    q += 6 // (2500 - i)
