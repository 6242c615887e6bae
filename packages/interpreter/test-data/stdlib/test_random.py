# random: exact Mersenne Twister sequences for int/float/str/bytes seeds,
# every method, state round-trips and error messages.
import random
from random import Random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in [0, 1, 42, -42, 2 ** 32, 2 ** 100 + 7, 12345678901234567890, True, 3.5, -2.25, "hello", "", b"bytes", bytearray(b"ba"), "ünïcode"]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(8), random.randint(1, 100))

random.seed(2024)
print([random.random() for _ in range(3)])
print([random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 100, 200)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 7) for _ in range(5)], [random.randrange(10, 0, -3) for _ in range(5)])
print([random.randint(-5, 5) for _ in range(10)], random.randrange(2 ** 80))
seq = list(range(20))
print([random.choice(seq) for _ in range(8)], random.choice("abcdef"), random.choice((1, 2)))
random.shuffle(seq)
print(seq)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10 ** 6), 5), random.sample(["x", "y"], 0))
print(random.sample(["r", "g", "b"], 5, counts=[3, 2, 1]), random.sample(range(1000), 60)[:5])
print(random.choices("abc", k=5), random.choices("abc", [5, 1, 1], k=6), random.choices("abc", cum_weights=[1, 2, 10], k=4), random.choices([1, 2]))
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 8), random.triangular(3, 3))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(100, 15))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5), random.randbytes(0))

state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)], state[0], len(state[1]), state[1][-1], state[2])
g = Random(7)
g.gauss()
st = g.getstate()
print(st[2] is not None, g.gauss() == (g.setstate(st) or g.gauss()))

r1, r2 = Random(99), Random(99)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], Random("x").random(), Random(5).randrange(1000))
print(isinstance(r1, Random), Random.VERSION)
r3 = Random()
r3.seed(10)
print(r3.random(), r3.getrandbits(32))
random.seed()  # entropy seed: just check it works
print(0.0 <= random.random() < 1.0)

big = Random(1)
vals = [big.random() for _ in range(1300)]  # crosses two state regenerations
print(vals[0], vals[623], vals[624], vals[1299])


class MyRandom(Random):
    def random(self):
        return 0.5


m = MyRandom(1)
print(m.randrange(10), m.choice("abcd"), m.randint(1, 6), m.sample(range(10), 3), m.uniform(0, 2))
shared = Random(3)
print(shared.randrange(1, 10 ** 20), shared.randrange(0, 1000, 10))

show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(1, 10, 0))
show(lambda: random.randrange(10, 1, 2))
show(lambda: random.randrange(1.5))
show(lambda: random.randrange(5, step=2))
show(lambda: random.randrange(1, "a"))
show(lambda: random.choice([]))
show(lambda: random.sample([1, 2], 3))
show(lambda: random.sample({1, 2}, 1))
show(lambda: random.sample([1, 2], 1, counts=[1]))
show(lambda: random.choices([1, 2], [1]))
show(lambda: random.choices([1], [0]))
show(lambda: random.choices([1], [1], cum_weights=[1]))
show(lambda: random.choices([1, 2], 2))
show(lambda: random.choices([1], [float("inf")]))
show(lambda: random.getrandbits(-1))
show(lambda: random.seed([1]))
show(lambda: random.setstate((9, (), None)))
show(lambda: random.randint(1, 0))
