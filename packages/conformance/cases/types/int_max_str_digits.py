# sys.set_int_max_str_digits / get_int_max_str_digits and the int<->str length limit
# (CPython 3.11's default 4300 digits): str/repr/format/%d of big ints, int() of long
# strings in non-power-of-two bases, power-of-two bases unlimited, 0 = no limit.
import sys
print(sys.get_int_max_str_digits())
tests = [lambda: str(10**4300), lambda: repr(-10**4300), lambda: int('1'*4301), lambda: '%d' % 10**4300,
         lambda: format(10**4300, 'd'), lambda: f'{10**4300:,}', lambda: f'{10**4300}', lambda: sys.set_int_max_str_digits(639),
         lambda: sys.set_int_max_str_digits(-1), lambda: sys.set_int_max_str_digits('x'), lambda: len(str(10**4299)),
         lambda: len(str(-10**4299)), lambda: len(hex(10**5000)), lambda: len(str(int('1'*4300))), lambda: int('1'*5000, 16) > 0,
         lambda: format(10**4300, 'x')[:3], lambda: len('%x' % 10**4300), lambda: int('-'+'1'*4301), lambda: int('0'*4301),
         lambda: int('7'*4301, 8) > 0, lambda: int('7'*4301, 36) > 0, lambda: print(10**5000), lambda: len(str(2**100000))]
for f in tests:
    try:
        print(repr(f())[:80])
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), sys.get_int_max_str_digits(), len(str(int('3'*6000))))
sys.set_int_max_str_digits(641)
print(sys.get_int_max_str_digits())
for v in (10**640, 10**641, -10**640, -10**641):
    try:
        print(len(str(v)))
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())


class MyInt(int):
    pass


for f in (lambda: (10**4300).__repr__(), lambda: str(MyInt(10**4300)), lambda: repr(MyInt(-10**4300)), lambda: int.__str__(10**4300),
          lambda: "{}".format(10**4300), lambda: len(repr([10**4299]))):
    try:
        print(repr(f())[:60])
    except ValueError as e:
        print(type(e).__name__, e)
