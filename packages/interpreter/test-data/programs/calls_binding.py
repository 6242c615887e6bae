def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, len(args), c, d, len(kw))

f(1, c=3)
f(1, 2, 3, 4, c=5, d=6, e=7)
f(*[1, 2], **{"c": 9})

def g(x, /, y):
    print(x, y)

g(1, y=2)

class Foo:
    def bar(self, x, y=10):
        return x + y

print(Foo().bar(1), Foo().bar(1, y=2))
