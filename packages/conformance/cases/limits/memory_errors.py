# Allocations far beyond any machine's memory fail with MemoryError before
# anything is allocated (pyvm checks sizes first; CPython's malloc fails).
# The program catches them and keeps going.

def attempt(label, make):
    try:
        make()
    except MemoryError:
        print(label, "-> MemoryError")
    except OverflowError as e:
        print(label, "-> OverflowError", e)


N = 10**15
attempt("str repeat", lambda: "x" * N)
attempt("str repeat (reflected)", lambda: N * "ab")
attempt("list repeat", lambda: [0] * N)
attempt("tuple repeat", lambda: (1, 2) * N)
attempt("bytes repeat", lambda: b"ab" * N)
attempt("bytes(n)", lambda: bytes(N))
attempt("bytearray(n)", lambda: bytearray(N))
attempt("list(range)", lambda: list(range(N)))
attempt("left shift", lambda: 1 << N)

data = [1, 2, 3]
try:
    data *= N
except MemoryError:
    print("in-place list repeat -> MemoryError", data)

# Still fine afterwards.
s = "ab" * 1000
print(len(s), len([0] * 100000), len(bytearray(4096)), (1 << 1000).bit_length())
