match x:
    case 1:
        pass
    case 'a':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b'x':
        pass
    case 1.5:
        pass
    case _:
        pass
match x:
    case a:
        pass
match x:
    case a.b:
        pass
    case a.b.c:
        pass
match x, y:
    case a, b:
        pass
match *x, y:
    case _: pass
match (x):
    case (a):
        pass
