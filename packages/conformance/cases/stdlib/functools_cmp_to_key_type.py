# cmp_to_key returns a functools.KeyWrapper instance; calling it wraps objects (same type), comparisons, errors, repr
import functools
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, type(K).__qualname__, callable(K), type(K(1)) is type(K), K(3).obj)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1), K(1) != K(2), K(2) >= K(1), K(1) <= K(1), K(2) > K(1))
for bad in [lambda: K(1) < 1, lambda: hash(K(1)), lambda: type(K)(), lambda: K.obj]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(repr(K).startswith("<functools.KeyWrapper object at 0x"), repr(K(1)).startswith("<functools.KeyWrapper object at 0x"))
