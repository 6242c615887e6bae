match = 1
case = 2
_ = 3
match.x = 1
match[0] = 2
match(x)
print(match, case, _)
match -x:
    case _: pass
def match(case): return case
type = 5
type(x)
x = match if case else _
match x:
    case case:
        pass
    case match:
        pass
