print("a b  c".split(), " ".split(), "".split(), "a,b".split(","), "a b c".split(None, 1), "a b c".split(maxsplit=1), "a b".rsplit(), "x\ny\r\n".splitlines())
l = "a b".split(); l.append("c"); print(l, "a b".split())
for v, spec in [(3.14159, ".3f"), (2.5, ".3f"), (42, ".3f"), (42, "5d"), ("s", ">5"), (3.14159, ".3f"), (True, ".3f"), (1+2j, ".3f"), (7, "x"), (3.14159, ".3f")]:
    print(repr(format(v, spec)), f"{v:{spec}}")
for bad in [(1.0, ".3q"), (1, ".3f,"), ("s", "d"), (1.0, ".3q")]:
    try: format(*bad)
    except ValueError as e: print(e)
