# every binary operator, comparison, subscript, `in` and divmod over a matrix of builtin operand types: results or CPython's exception type and message
import operator as op
vals = [0, 3, -2, 2 ** 60, 1.5, -0.0, float("inf"), 2j, True, None, "ab", b"ab", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({1}), range(3), slice(1), object, len, ...]
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift, op.rshift, op.and_, op.or_, op.xor, op.matmul, op.lt, op.le, op.eq, op.gt, op.getitem, op.contains, divmod]
for f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                if f is op.pow and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 100: raise OverflowError("skip")
                if f is op.lshift and isinstance(b, int) and b > 100: raise OverflowError("skip")
                if f is op.mul and isinstance(b, int) and b > 100 and isinstance(a, (str, bytes, bytearray, list, tuple)): raise OverflowError("skip")
                if f is op.mul and isinstance(a, int) and a > 100 and isinstance(b, (str, bytes, bytearray, list, tuple)): raise OverflowError("skip")
                r = f(a, b)
                row.append("=" + (repr(r)[:20] if not isinstance(r, float) or r == r else "nan"))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(f.__name__, repr(a)[:15], " | ".join(row))
