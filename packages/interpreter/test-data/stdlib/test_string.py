# string: constants, capwords, Template and Formatter.
import string
from string import Template, Formatter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), string.capwords(""), string.capwords("x,y", ","))

t = Template("$who likes ${what} $$ $")
show(lambda: t.substitute(who=1, what=2))
show(lambda: t.safe_substitute(who=1))
show(lambda: t.safe_substitute({"who": "a", "what": "b"}))
show(lambda: Template("$a $b").substitute(a=1))
show(lambda: Template("x $1").substitute())
show(lambda: Template("${a").substitute(a=1))
show(lambda: Template("${a b}").safe_substitute())
show(lambda: Template("$a\n  $").substitute(a=1))
show(lambda: Template("$a").substitute({"a": 1}, a=2))
show(lambda: Template("$a$b_c${d}e $$x").substitute(a=1, b_c=2, d=3))
show(lambda: Template("$ä").safe_substitute())
print(t.get_identifiers(), t.is_valid(), Template("$x $y $x ${z}").get_identifiers(), Template("$x").is_valid(), t.template)


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{age}").substitute(name="Bo", age=3))

f = Formatter()
print(f.format("{0} and {1}", "a", "b"), f.format("{} {}", 1, 2), f.format("{x!r:>6}|{y:^5}|", x="s", y=1))
print(f.format("{0[1]} {0[k]} {1.real} {obj.__class__.__name__}", {1: "one", "k": "kay"}, 3j, obj=[]))
print(f.format("{0:{1}}", 3.14159, ".2f"), f.format("{:{}}", "x", ">4"), f.format("{{literal}} {0!s} {0!a}", "é"))
print(list(f.parse("a{0}b{x!r:>5}c{{d}}e{}{:{w}}")), list(f.parse("")), list(f.parse("plain")), list(f.parse("}}x{{")))
for bad in ["a}b", "a{b", "a{", "{a!r", "{:", "{a:x", "{a", "{a{b}", "{a[0}", "{a!}", "{a!rr}"]:
    show(lambda: list(f.parse(bad)))
show(lambda: f.format("{0} {}", 1, 2))
show(lambda: f.format("{} {0}", 1, 2))
show(lambda: f.format("{!x}", 1))
show(lambda: f.format("{x}"))
show(lambda: f.format("{5}", 1))
show(lambda: f.format("{a.}", a=1))
show(lambda: f.format("{a[0]x}", a=[1]))
show(lambda: f.format("{:{:{}}}", 1, 2, 3))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} {missing} {x:>4}", "abc", x="yz"), Upper().vformat("{a}", (), {"a": "q"}))
