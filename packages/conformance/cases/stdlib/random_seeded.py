# random with fixed seeds: random, randint, randrange, choice, choices, shuffle, sample, uniform, getrandbits, state
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(6)], random.randrange(10), random.randrange(-5, 5))
items = list("abcdefgh")
print([random.choice(items) for _ in range(8)])
deck = list(range(12))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("xyz", 3))
print([round(random.uniform(1.5, 2.5), 12) for _ in range(3)])
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
random.seed(2024)
first = [random.random() for _ in range(5)]
random.seed(2024)
second = [random.random() for _ in range(5)]
print(first == second, first[0])
state = random.getstate()
a = [random.randint(0, 9) for _ in range(5)]
random.setstate(state)
b = [random.randint(0, 9) for _ in range(5)]
print(a, a == b)
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice("xyz"), random.Random(7).random() == random.Random(7).random())
random.seed("string seed")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 10 ** 6))
random.seed(0)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2), random.vonmisesvariate(0, 1))
random.seed(99)
print(random.randbytes(6))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
random.seed(10 ** 30)
print(random.random(), random.randrange(10 ** 20), random.randint(-(2 ** 70), 2 ** 70))
