# Sequence repeat/concat with a non-int operand whose type inherits (or
# defines) a reflected numeric method that returns NotImplemented: the
# operator falls back to the sequence slot, which raises CPython's message.


class G(float):
    pass


class H(int):
    pass


class Z:
    def __rmul__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


class GZ(float):
    def __rmul__(self, o):
        return NotImplemented


class R:
    def __radd__(self, o):
        return "R.radd"

    def __rmul__(self, o):
        return "R.rmul"


class S(str):
    pass


tests = [
    '"s" * G(1.5)', 'G(1.5) * "s"', '[1] * G(2.0)', '(1,) * G(2.0)', '"s" * 1.5', 'b"x" * G(1.0)',
    'bytearray(b"x") * G(1.0)', '"ab" * H(2)', 'H(2) * "ab"', '"s" * Z()', 'Z() * "s"', '"s" * GZ(1.0)',
    'S("a") * Z()', 'b"s" * Z()', '"s" + G(1.0)', 'b"s" + G(1.0)', '"s" + Z()', 'S("a") + 1',
    '"s" + R()', 'b"x" + R()', '"s" * R()', 'b"x" * R()', 'bytearray(b"x") * R()',
]
for t in tests:
    for _ in range(3):
        try:
            r = repr(eval(t))
        except TypeError as e:
            r = "TypeError: " + str(e)
    print(t, r)
s = "ab"
try:
    s *= Z()
except TypeError as e:
    print("*=", e)
try:
    s += G(2.0)
except TypeError as e:
    print("+=", e)
