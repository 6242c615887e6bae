# f-strings: nesting, !r/!s/!a, format specs with nested fields, '=' debugging, escapes
name = "Zoë"
n = 42
pi = 3.14159265
print(f"{name!r} {name!s} {name!a}")
print(f"{n:>8}|{n:<8}|{n:^8}|{n:08}|{n:+}|{n:x}|{n:#o}|{n:#b}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{pi:<{width}}] [{pi:^{width}.2e}]")
print(f"{n=}, {pi = :.2f}, {name=!s}, {n*2=}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{{literal braces}} {{{n}}}")
items = ["a", "b"]
print(f"{items[0]}{items[-1]!r} {len(items):>3}")
d = {"key": "val"}
print(f"{d['key']} {d!r}")
print(f"{1_000_000:,} {1234567.891:_.2f} {0.25:%} {0.5:.0%}")
print(f"{'left':*<10}{'right':*>10}{'mid':-^9}")
print(f"{-5:=6} {5: } {-5: }")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p:abc} {p!r} {p!s} {p!r:>6}")
print(f"{3 if n > 10 else 4}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{'é'!a} {chr(9)!r} {'ü'!a:>10}")
val = 7.0
print(f"{val:g} {val:.3g} {1e20:g} {1.5e-7:g} {123456789.0:g}")
print(f"{12345.6789:,.2f} {-0.0:+.1f} {float('inf'):>6} {float('nan')}")
print(f"{True} {None} {True:d} {b'x'!r}")
print(f"{'abc':.2} {'abcdef':>8.3}")
print(f"{format(255, 'X')!r:>6} {[1, 2]!s:_^10}")
print(f"a" f"b{n}" "c")
x = 10
print(f"{x:{'>' if x > 5 else '<'}{x}}|")
print(F"upper F {x}", rf"raw \n {x}")
print(f"""multi
{x}line""")
