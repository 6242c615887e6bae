# fannkuch: the classic fannkuch-redux — walk all permutations of 1..N in
# the standard counting order, count pancake flips of each, and report the
# alternating checksum and the maximum number of flips. List slicing,
# reversal and index-heavy loops.
# bench-short: N=8

N = 9


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # next permutation in counting order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips = fannkuch(N)
print(checksum)
print("Pfannkuchen(%d) = %d" % (N, flips))
