# complex basics (construction, arithmetic, repr, attributes, errors) and bool as an int subclass
z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(complex("1+2j"), complex("-1.5j"), complex(" 2 "), complex(), complex(1.5), complex("infj"))
w = 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, -z, +z, z == complex(3, 4), z != w)
print(1j * 1j, (1j) ** 2, 2 + 0j == 2, (0j).real, 1j.imag, (2 + 3j) * 2, 3 / (1 + 1j))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(complex(1e20, 1e-5)), complex(float("nan"), 1))
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z), lambda: complex("1+"),
            lambda: 1j / 0, lambda: round(z)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(hash(complex(5, 0)) == hash(5), {1j: "a"}[1j], (1+2j).__class__.__name__, pow(1j, 4))
print(True + True, True * 10, True / 2, -True, ~True, ~False, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 0).__name__, type(True | 2).__name__, type(-True).__name__)
print(bool(), bool(0), bool("False"), bool([0]), True == 1, False == 0, True is not 1 if False else True is True)
print(str(True), repr(False), int(True), float(False), f"{True:>6}", f"{True:d}", "%d %s" % (True, True))
print(sum([True, True, False, True]), [1, 2, 3][True], {True: "t", 1: "one"}, max(True, 0))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, True.real, True.numerator)
try:
    bool.__new__(bool, 1) is True
    print(bool(2), bool(-0.0), bool(0j), bool(None))
except Exception as e:
    print(type(e).__name__, e)
print(True.__and__(1), (1).__and__(True), True.__or__(0), False.__xor__(False), True.conjugate())
print(sorted([True, False, 2, -1, 0.5]), [x for x in (0, 1, True, False) if x is True])
print(1 == True == 1.0 == (1 + 0j), hash(True) == hash(1), len({1, True, 1.0, 1 + 0j}))
