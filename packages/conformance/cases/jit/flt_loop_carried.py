# A float computed in an outer loop and only carried into an inner loop that
# consumes it unboxed (mandelbrot's ci): both loop parameters stay raw
# doubles. Then the carried value changes kind mid-run: an int, a float
# subclass, a str (TypeError with the right line), nan / inf / -0.0.


class G(float):
    def __add__(self, other):
        return G(float(self) - float(other))

    def __repr__(self):
        return "G(%r)" % float(self)


def grid(rows, cols, special):
    acc = []
    for y in range(rows):
        ci = 2.0 * y / rows - 1.0
        if y in special:
            ci = special[y]
        zr = 0.0
        n = 0
        for x in range(cols):
            zr = zr * 0.5 + ci
            n += 1
        acc.append(zr)
    return acc


def show(xs):
    return [x if isinstance(x, int) or x != x or x in (float("inf"), float("-inf")) else round(x, 9) for x in xs]


print(show(grid(4, 20000, {})))
print(show(grid(6, 20000, {2: 3})))
print(show(grid(6, 20000, {3: G(0.25)})))
print(show(grid(7, 20000, {1: float("nan"), 2: float("inf"), 4: -0.0, 5: float("-inf")})))
print(grid(3, 3, {0: -0.0}), grid(2, 2, {1: 1e300}))
try:
    grid(5, 20000, {4: "x"})
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("TypeError:", e, "line", tb.tb_lineno)
