# Superinstructions (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST,
# STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST) and compare-and-branch fusion
# (COMPARE_OP_INT/FLOAT/STR_JUMP): the second instruction of a pair failing, jumps onto
# the second instruction, operand types changing under a fused compare.
import sys


def second_unbound(flag):
    if flag:
        b = 1
    a = 2
    try:
        return a + b  # LOAD_FAST a, LOAD_FAST b: the second one is unbound
    except UnboundLocalError as e:
        return "caught: " + str(e) + " line " + str(sys.exc_info()[2].tb_lineno)


print(second_unbound(True), second_unbound(False))


def store_then_load(flag):
    x = 1
    if flag:
        del x
    y = 5
    try:
        z = y
        w = x  # STORE_FAST z, LOAD_FAST x
    except UnboundLocalError as e:
        return "caught " + str(e)
    return z + w


print(store_then_load(False), store_then_load(True))


def const_then_load(flag):
    if flag:
        q = 10
    try:
        return 3 - q  # LOAD_CONST 3, LOAD_FAST q
    except UnboundLocalError as e:
        return str(e)


print(const_then_load(True), const_then_load(False))


def swap_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b  # STORE_FAST__STORE_FAST
    return a


print(swap_pairs(30), swap_pairs(100))


def uncaught_line(flag):
    if flag:
        v = 1
    k = 1
    return (k,
            v)


try:
    uncaught_line(False)
except UnboundLocalError as e:
    print("line", e.__traceback__.tb_next.tb_lineno, e)


# A loop whose header is the second instruction of a pair (jump target).
def loop_target(n):
    i = 0
    t = 0
    while i < n:
        t = t + i
        i = i + 1
    return t


print(loop_target(1000), loop_target(0))


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [] if self.v < 0 else [self.v]  # truthiness of a non-bool


def compares(values, limit):
    out = []
    for v in values:
        if v < limit:
            out.append("lt")
        else:
            out.append("ge")
        if not v == limit:
            out.append("ne")
        k = 0
        while v > limit and k < 3:
            k = k + 1
            out.append("dec")
    return out


ints = list(range(40))
print(compares(ints, 20).count("lt"), compares(ints, 20).count("dec"))
# the same sites now see floats, big ints, strings, mixed and custom objects
print(compares([1.5, 2.5, 30.0, float("nan")], 2.5))
print(compares([2**60, -(2**60), 2**53 + 1], 2**53))
print(compares(["a", "b", "c"], "b"))
print(compares([1, 2.0, True, 3], 2))
print(compares([Weird(-1), Weird(3)], Weird(0))[:2])
for _ in range(3):
    print(compares(list(range(25)), 12).count("ge"), compares(["x", "y"] * 20, "y").count("ne"))


def float_loop(n):
    x = 0.0
    steps = 0
    while x < n:
        x = x + 0.75
        steps += 1
        if x >= n / 2 and steps % 7 == 0:
            steps += 100
    return steps, x


print(float_loop(100), float_loop(3), float_loop(-1))


def str_eq(words, w):
    n = 0
    for x in words:
        if x == w:
            n += 1
        if x != w:
            n -= 1
    return n


print(str_eq(["a", "b", "a"] * 30, "a"), str_eq([1, "a", None] * 30, "a"), str_eq(["a"] * 30, 1))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self, o):
        dx = self.x - o.x  # STORE_FAST dx, LOAD_FAST self, LOAD_ATTR: the attribute fusion wins
        dy = self.y - o.y
        return dx * dx + dy * dy


ps = [P(i, i * 2) for i in range(50)]
print(sum(p.dist(q) for p in ps for q in ps[:5]))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
fib_code = fib.__code__


def fib2(n):
    if n < 2:
        return n * 10
    return fib(n - 1) + fib(n - 2)


fib.__code__ = fib2.__code__
print(fib(10))
fib.__code__ = fib_code
print(fib(10))


# `x is C` / `x is not C` in a condition: LOAD_CONST, IS_OP, POP_JUMP in one dispatch.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def chain_len(node):
    n = 0
    while node is not None:
        n += 1
        node = node.nxt
    return n


def classify(values):
    out = []
    for v in values:
        if v is None:
            out.append("none")
        elif v is True:
            out.append("true")
        elif not v is False:
            out.append("other")
        else:
            out.append("false")
        if v is not None and v is not Ellipsis:
            out.append("+")
    return "".join(o[0] for o in out)


head = None
for i in range(300):
    head = Node(head)
print(chain_len(head), chain_len(None))
print(classify([None, True, False, 0, 1, "", ..., 0.0, None] * 3))
x = None
print(x is None, x is not None, (1 if x is None else 2))
