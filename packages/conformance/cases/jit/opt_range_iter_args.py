# Iterators of counted loops handed to calls (comprehensions, generator
# expressions, iter(range(...)) passed on) and class statements inside a
# module-level loop: tier 2 materializes a real range iterator for the callee.


def consume(it, k):
    out = []
    for _ in range(k):
        out.append(next(it))
    return out, list(it)


def rounds(n):
    total = 0
    for r in range(n):
        squares = [x * x for x in range(r % 7 + 3)]
        evens = sum(x for x in range(r % 5, 20, 3) if x % 2 == 0)
        nested = [[i + j for j in range(i)] for i in range(r % 4)]
        back = [x for x in range(r % 6, -3, -2)]
        total += sum(squares) + evens + len(nested) + sum(back)
    return total


print(rounds(3000))
print(consume(iter(range(2, 30, 4)), 3))
print([consume(iter(range(i)), min(i, 2)) for i in range(4)])

kinds = []
for i in range(2000):
    class Box:
        size = i

        def get(self):
            return self.size * 2

    if i % 500 == 0:
        kinds.append((Box.__name__, Box().get()))
print(kinds)

it = iter(range(10))
for v in range(3):
    print(v, next(it), list(zip(range(2), it)))
