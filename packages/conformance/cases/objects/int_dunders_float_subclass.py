# int's operator dunders return NotImplemented for non-int operands, so a float
# subclass's reflected methods get their turn (int + F(x), int < F(x), divmod).
class F(float):
    def __radd__(self, o):
        return "F.__radd__"
    def __rmul__(self, o):
        return "F.__rmul__"
    def __rdivmod__(self, o):
        return "F.__rdivmod__"
    def __lt__(self, o):
        return "F.__lt__"
    def __gt__(self, o):
        return "F.__gt__"
print(3 + F(2.5), 3 * F(1.5), True + F(1.0), 2**70 + F(1.0))
print(divmod(7, F(2.0)))
print(2**70 > F(2.5), 3 > F(2.5), 2**70 < F(2.5), F(2.5) < 3, 3.0 > F(2.5))
print((3).__add__(2.5), (3).__mul__(2.0), (True).__add__(1.5), (3).__lt__(2.5), (3).__eq__(3.0))
print((3).__divmod__(2.5), (3).__rdivmod__(2.0), (3).__divmod__(2))
print((3.0).__add__(2), (3.0).__eq__(3), (3).__eq__(True), (True).__eq__(1))
print((3).__add__(True), (3).__radd__(2.0), (2**70).__sub__(1.0))
print(3 + 2.5, 3 < 2.5, 2**70 * 1.5, divmod(7, 2.0), 1 == 1.0, True + 0.5)
count = 0
for i in range(3000):
    if (i < F(1500.0)) == "F.__gt__":
        count += 1
print(count)
