# messages of AttributeError/IndexError/KeyError/NameError/UnboundLocalError/ValueError for common mistakes
def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class Point:
    __slots__ = ("x",)
class Thing:
    pass
import math
show(lambda: Thing().missing)
show(lambda: Thing.missing)
show(lambda: (1).missing)
show(lambda: "s".missing)
show(lambda: None.missing)
show(lambda: [].push(1))
show(lambda: math.missing)
show(lambda: Point().x)
show(lambda: setattr(Point(), "y", 1))
show(lambda: setattr(1, "real", 5))
show(lambda: setattr("s", "upper", 5))
show(lambda: setattr(int, "x", 1))
show(lambda: [1][1])
show(lambda: [][0])
show(lambda: (1, 2)[-3])
show(lambda: "abc"[3])
show(lambda: b"ab"[2])
show(lambda: range(2)[5])
show(lambda: {"a": 1}["A"])
show(lambda: {1: 2}[(1, 2)])
show(lambda: {}[""])
show(lambda: {}[None])
show(lambda: set().remove(1))
show(lambda: undefined_thing)
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: int("x"))
show(lambda: [1].index(0))
show(lambda: "abc".index("z"))
show(lambda: (1,).index(2))
show(lambda: divmod(1, 0))
show(lambda: 1 % 0)
show(lambda: 1.0 // 0)
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: "a".encode("no-such-codec"))
show(lambda: chr(-5))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: iter([]).__next__())
show(lambda: float("1,5"))
def unbound():
    print(value)
    value = 1
show(unbound)
def unbound_augmented():
    count += 1
show(unbound_augmented)
def free_unbound():
    def inner():
        return later
    r = inner()
    later = 1
    return r
show(free_unbound)
def deleted():
    v = 1
    del v
    return v
show(deleted)
show(lambda: __import__("no_such_module_xyz"))
