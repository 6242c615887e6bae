x = (
    1 +
    2
)
y = [
    a,
    b
]
f(
  a
)(b)
z = a \
    + b
if (a and
        b):
    pass
s = '''
abc
'''
t = (
  'a'
  'b'
)
def long(
    a: int,
    b: str = (
        'x'
    ),
) -> None:
    pass
