# while/for with else, break, continue in nested loops, loop variable after the loop
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("  found at", i)
            break
    else:
        print("  not found")
        i = None
    return i
print(find([3, 1, 4], 4), find([3, 1, 4], 9), find([], 1))
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while else, n =", n)
n = 0
while True:
    n += 1
    if n > 3:
        break
print("after break", n)
while n < 0:
    print("never")
else:
    print("else of loop that never ran")
for i in range(3):
    pass
print("loop var kept:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
out = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        out.append((a, b))
print(out)
for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print("rest of iterator:", list(it))
lst = [1, 2, 3]
for v in lst:
    if v < 5:
        lst.append(v + 10)
print(lst)
