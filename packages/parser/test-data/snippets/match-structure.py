match p:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case {'x': x, 'y': y}:
        pass
    case {'x': x, **rest}:
        pass
    case {}:
        pass
    case {1: _, a.b: c, None: d, -1: e}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case Point():
        pass
    case a.B(c):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] | {'a': 1}:
        pass
    case (1 | 2) as n:
        pass
    case [a, b] as whole:
        pass
    case str() | bytes():
        pass
    case x if x > 0:
        pass
    case _ if (y := 1):
        pass
    case 'a' 'b':
        pass
