# string module constants, Template, Formatter, capwords; copy.copy/deepcopy with cycles and __copy__/__deepcopy__
import string, copy
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kiwi"), t.safe_substitute(who="ann"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0:>3}b{c!r}")))
orig = {"list": [1, [2, 3]], "n": 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["n"] = 99
print(shallow, deep, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
t3 = copy.copy(tree)
tree.kids[0].v = 20
print(t2.kids[0].v, t3.kids[0].v, t3.kids is tree.kids)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        c = Custom(); c.log = ["copied"]; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.log = ["deep copied", len(memo) >= 0]; return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)
tup = (1, 2)
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, [2])) == (1, [2]), copy.copy(5) == 5)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
import functools
print(copy.deepcopy(functools.partial(max, 1))(5), copy.copy(len) is len, copy.deepcopy({1: {2: {3: []}}}))
