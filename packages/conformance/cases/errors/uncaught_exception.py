# An uncaught exception: stdout so far is kept, the traceback goes to stderr, exit status 1.
def divide(a, b):
    return a // b


def run(values):
    out = []
    for v in values:
        out.append(divide(100, v))
        print("ok", out[-1])
    return out


try:
    run([5, 0])
except ZeroDivisionError as e:
    print("caught:", e)
run([4, 2, 0, 1])
