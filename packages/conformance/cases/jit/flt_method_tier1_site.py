# A method call site that only tier-1 code ever ran (the function's first
# loop got hot and moved it to tier 1 before the second loop started): tier 2
# still speculates on its (unquickened) method cache. Then the speculation
# breaks mid-loop: the method is patched on the class, an instance of another
# class arrives, an instance attribute shadows the method.
class V:
    def __init__(self, i):
        self.x = i * 0.5
        self.y = 1.0 / (i + 1)

    def norm(self):
        n = (self.x * self.x + self.y * self.y) ** 0.5
        self.x /= n
        self.y /= n


class W(V):
    def norm(self):
        self.x = -self.x


def patched(self):
    self.y = 2.0


def make(n, twist):
    vs = [None] * n
    for i in range(n):
        vs[i] = V(i)
    k = 0
    for v in vs:
        if k == twist:
            twist_at(vs, k)
        v.norm()
        k += 1
    return round(sum(v.x for v in vs), 6), round(sum(v.y for v in vs), 6)


mode = 0


def twist_at(vs, k):
    if mode == 1:
        V.norm = patched
    elif mode == 2:
        vs[k] = W(k)
        vs[k + 1] = W(k + 1)
    elif mode == 3:
        vs[k].norm = lambda: None


for m in range(4):
    mode = m
    print(m, make(30000, 20000))
