# Long-running loops (thousands of back-edges) keep their locals, stack, cells
# and handlers exact: float temporaries, exceptions caught inside the loop,
# generators suspended mid-loop, closures over loop variables, frames observed
# through sys._getframe and locals(), nested loops and while loops.
import sys

def floats(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.5 + y
        y = y + 0.25
    return x, y

print(floats(5000))

def handlers(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            if i % 97 == 0:
                raise ValueError(i)
            total += i
        except ValueError as e:
            caught += 1
            total -= e.args[0]
        finally:
            total += 1
    return caught, total

print(handlers(6000))

def gen(n):
    acc = 0.0
    for i in range(n):
        acc += i * 0.5
        if i % 1000 == 999:
            yield acc

g = gen(7000)
print([round(v, 1) for v in g])

def closures(n):
    cell = 0
    def bump(k):
        nonlocal cell
        cell += k
    fs = []
    for i in range(n):
        bump(i)
        if i % 2500 == 0:
            fs.append(lambda i=i: i + cell)
    return cell, [f() for f in fs]

print(closures(5000))

def observed(n):
    seen = []
    v = 0
    for i in range(n):
        v += 2
        if i % 1500 == 0:
            fr = sys._getframe()
            seen.append((fr.f_locals["v"], locals()["i"]))
    return seen

print(observed(6000))

def nested(n):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < 30:
            s += i * j
            j += 1
        i += 1
    return s

print(nested(400))

class Body:
    total = 0.0
    for k in range(3000):
        total += k / 4
    del k

print(Body.total)

stack = []
for i in range(5000):
    stack.append(i * 1.0)
    if len(stack) > 3:
        stack.pop(0)
print(stack, i)

def deep_stack(n):
    out = 0
    for i in range(n):
        out += (lambda a, b: a - b)(i, (i % 7) * (i % 3))
        out += [i, i + 1][1] - {"k": i}["k"]
    return out

print(deep_stack(5000))
