# A long-running loop whose body raises and catches many exceptions: once
# exceptions keep passing through compiled code the JIT hands the running
# activation back to the interpreter at a loop header (module level and in a
# function, with for-iterators and a with-block on the stack).


class Box:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *a):
        return False


def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i


def work(n):
    box = Box()
    total = 0
    names = []
    with box:
        for i in range(n):
            for j in range(3):
                try:
                    total += risky(i + j)
                except ValueError as e:
                    total -= e.args[0] % 5
                except KeyError:
                    total += 2
                else:
                    total += 1
                finally:
                    total ^= 1
            if i % 4999 == 0:
                names.append((i, total))
    return total, names, box.entered


print(work(12000))

acc = 0
log = []
for i in range(15000):
    for k in (1, 2):
        try:
            acc += risky(i * k)
        except (ValueError, KeyError) as e:
            acc -= 1
            if i % 5000 == 0:
                log.append(type(e).__name__)
print(acc, log)


def deep(n):
    try:
        return (deep(n - 1) + n) if n else 1 // n
    except ZeroDivisionError:
        return -n


s = 0
for i in range(3000):
    s += deep(i % 5)
print(s)
