def risky(n):
    if n > 2:
        raise ValueError
    return n

for i in range(5):
    try:
        risky(i)
        print("ok", i)
    except ValueError:
        print("bad", i)
    finally:
        print("finally", i)

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t is ZeroDivisionError)
        return True

with CM() as cm:
    1 / 0
print("after with")

try:
    try:
        raise KeyError
    except KeyError:
        raise TypeError
except TypeError as e:
    print(isinstance(e.__context__, KeyError))
