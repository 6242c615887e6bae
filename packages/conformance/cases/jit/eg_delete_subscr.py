class D:
    def __init__(self):
        self.log = []
    def __delitem__(self, k):
        self.log.append(k)

def work(n):
    w = []
    d = {}
    u = D()
    t = 0
    for i in range(n):
        w.append(i)
        d[i % 7] = i
        if len(w) == 4:
            t += sum(w)
            del w[0]
        if i % 5 == 0:
            del d[i % 7]
        del u[i % 3]
    try:
        del w[10]
    except IndexError as e:
        print("IndexError", e)
    try:
        del d["nope"]
    except KeyError as e:
        print("KeyError", e)
    try:
        del (1, 2)[0]
    except TypeError as e:
        print("TypeError", e)
    return t, sorted(d.items()), len(u.log), w

print(work(1000))
print(work(3))
