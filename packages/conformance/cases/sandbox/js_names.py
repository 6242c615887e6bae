# Attribute, key and keyword names that mean something to JavaScript are
# ordinary names in Python: objects, classes, modules and dicts keyed by them
# behave exactly as in CPython, in hot loops too (the JIT's caches key on
# these names), and builtin types stay immutable.
import sys

NAMES = ['__proto__', 'constructor', 'prototype', '__defineGetter__', '__lookupGetter__',
         'hasOwnProperty', 'isPrototypeOf', 'toString', 'valueOf', 'call', 'apply', 'bind',
         'length', 'then', 'process', 'require', 'globalThis', 'Function']


class C:
    pass


def probe(obj):
    found = []
    for n in NAMES:
        try:
            getattr(obj, n)
            found.append(n)
        except AttributeError:
            pass
    return found


for target in [object(), C(), C, 1, 2.5, 'text', [], (), {}, set(), None, len, int, type, sys, probe]:
    print(type(target).__name__, probe(target))

c = C()
for i in range(300):
    for n in NAMES:
        setattr(c, n, i)
        setattr(C, n, -i)
total = sum(getattr(c, n) for n in NAMES)
print(total, C.__proto__, c.constructor, vars(c)['hasOwnProperty'])
for n in NAMES:
    delattr(c, n)
print(c.__proto__, c.constructor)  # class attributes show through again
vars(c)['__proto__'] = 'instance'
print(c.__proto__, sorted(vars(c)))

d = {}
for i, n in enumerate(NAMES * 50):
    d[n] = d.get(n, 0) + i
print(len(d), d['__proto__'], d['constructor'], list(d)[:3])
print({}.get('__proto__'), '__proto__' in {}, 'constructor' in dict(a=1))


def kw(**k):
    return sorted(k.items())


print(kw(__proto__=1, constructor=2, toString=3))
print(dict(__proto__=1), '{constructor}-{__proto__}'.format(constructor='c', __proto__='p'))
print('%(hasOwnProperty)s' % {'hasOwnProperty': 'h'})


m = type(sys)('m')
m.__proto__ = 'module attr'
print(m.__proto__, m.__dict__['__proto__'])

for t in (int, str, object, type, dict, list, BaseException):
    for n in ('x', '__proto__', 'constructor'):
        try:
            setattr(t, n, 1)
            print('mutated', t.__name__, n)
        except TypeError as e:
            print(e)
try:
    object.__dict__['constructor'] = 1
except TypeError as e:
    print(e)
for enc in ('constructor', '__proto__', 'toString'):
    try:
        'x'.encode(enc)
    except LookupError as e:
        print(e)
