# list_ops: the previous system's list workload — append, pop, index,
# slicing and sort on lists of small ints, driven by a linear congruential
# generator so the data is deterministic.
# bench-short: ROUNDS=120

ROUNDS = 1600
SIZE = 500


def one_round(seed):
    lst = []
    x = seed
    for _ in range(SIZE):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        lst.append(x % 1000)
    acc = 0
    # indexing, forwards and backwards
    for i in range(SIZE):
        acc += lst[i] - lst[-1 - i]
    # slicing
    head = lst[:SIZE // 2]
    tail = lst[SIZE // 2:]
    mid = lst[100:400:3]
    acc += len(head) + len(tail) + sum(mid)
    rev = lst[::-1]
    acc += rev[0] * 3 + rev[-1]
    # sort and index lookups
    srt = sorted(lst)
    acc += srt[0] + srt[-1] + srt[SIZE // 2]
    lst.sort(reverse=True)
    acc += lst.index(srt[SIZE // 2])
    # pop from the end and from the front, insert
    while len(lst) > 10:
        acc += lst.pop()
        if len(lst) % 7 == 0:
            acc += lst.pop(0)
            lst.insert(3, acc % 100)
    lst.extend(head[:20])
    acc += len(lst) + (50 in lst)
    return acc, x


total = 0
seed = 42
for _ in range(ROUNDS):
    acc, seed = one_round(seed)
    total = (total * 31 + acc) % 1000000007
print(total)
