# Exceptions raised deep inside hot loops, caught at different levels; the traceback lines must match.
def leaf(i):
    if i % 97 == 96:
        raise ValueError("leaf %d" % i)
    if i % 211 == 210:
        return {}["missing"]
    return i


def mid(i):
    try:
        return leaf(i) * 2
    except KeyError:
        return -1


def top(n):
    vals = []
    for i in range(n):
        try:
            vals.append(mid(i))
        except ValueError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            if len(vals) < 200:
                print(e, lines)
            vals.append(0)
    return sum(vals)


print(top(3000))


def gen_raise(n):
    for i in range(n):
        if i == n - 1:
            raise IndexError("gen %d" % n)
        yield i


def outer(n):
    caught = 0
    for k in range(n):
        try:
            for v in gen_raise(k % 7 + 1):
                pass
        except IndexError as e:
            caught += 1
            last = e
    tb = last.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return caught, str(last), names


print(outer(2000))


def finally_levels(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise TypeError(i)
            finally:
                log.append(1)
        except TypeError:
            log.append(2)
    return sum(log)


print(finally_levels(3000))


def reraise(i):
    try:
        leaf(i % 200)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


n = 0
for i in range(1000):
    try:
        reraise(i)
    except RuntimeError as e:
        n += 1
        cause = e.__cause__
print(n, cause, cause.__traceback__.tb_next.tb_lineno)

for i in range(3000):
    leaf(i % 96)
leaf(96)
