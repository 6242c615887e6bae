import math
from collections import defaultdict


class Vector:
    """A 2D vector."""

    __slots__ = ('x', 'y')

    def __init__(self, x: float = 0.0, y: float = 0.0) -> None:
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def length(self):
        return math.hypot(self.x, self.y)

    @staticmethod
    def zero():
        return Vector()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    counts = defaultdict(int)
    for word in 'the quick brown the lazy the'.split():
        counts[word] += 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in best[:3]:
        print(f'{word:>10}: {n}')
    try:
        1 / 0
    except ZeroDivisionError as exc:
        print('caught', type(exc).__name__)
    finally:
        print('done')
    print([fib(i) for i in range(10)])
    print({k: v for k, v in zip('abc', range(3))})


if __name__ == '__main__':
    main()
