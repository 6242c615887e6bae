# `raise Cls` instantiates the class: builtin exception classes, subclasses
# with and without their own __init__/__new__, a metaclass with __call__,
# and classes that are not exceptions.


class Plain(ValueError):
    pass


class WithInit(Exception):
    def __init__(self, *args):
        super().__init__("init", *args)
        self.flag = True


class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "new", *args)
        inst.made = "by new"
        return inst


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Metaclassed(Exception, metaclass=Meta):
    pass


class Bad(Exception):
    def __new__(cls):
        return 42


for cls in (StopIteration, KeyError, Plain, WithInit, WithNew, Metaclassed, GeneratorExit, SystemExit, OSError):
    try:
        raise cls
    except BaseException as e:
        print(type(e).__name__, e.args, repr(e), getattr(e, "flag", None), getattr(e, "made", None),
              e.__cause__, e.__context__, e.__traceback__.tb_lineno)

try:
    raise StopIteration
except StopIteration as e:
    print("value", e.value)

for bad in (int, object, Bad, 3, "x"):
    try:
        raise bad
    except TypeError as e:
        print(type(bad).__name__, e)

try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise Plain
    except Plain:
        raise WithInit
except WithInit as e:
    print(repr(e), repr(e.__context__))

try:
    raise ValueError from int
except TypeError as e:
    print(e)


class NotCatchable:
    pass


try:
    try:
        raise Plain
    except NotCatchable:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise Plain
    except (KeyError, NotCatchable):
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise Plain
    except 3:
        pass
except TypeError as e:
    print(e)
