# str comparisons and indexing in hot loops (compiled tiers compare two strs
# and index a str without the generic helpers): code-point order with astral
# characters against high BMP ones, lone surrogates, str subclasses, negative
# and out-of-range indexes, non-int indexes.


class S(str):
    def __lt__(self, other):
        return "S.__lt__"

    def __eq__(self, other):
        return "S.__eq__"

    __hash__ = str.__hash__


def cmp_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


pairs = [
    ("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("\uffff", "\U0001F600"), ("\ufb01", "\U00010000"),
    ("x\U0001F600", "x\uffff"), ("\ud800", "\U00010000"), ("\udfff", "\ue000"), ("same", "same"), ("é", "e"),
]
for i in range(400):
    for a, b in pairs:
        r = cmp_all(a, b), cmp_all(b, a)
    if i == 399:
        for a, b in pairs:
            print(ascii(a), ascii(b), cmp_all(a, b), cmp_all(b, a))

for i in range(300):
    r = cmp_all(S("a"), "b"), cmp_all("a", S("b")), cmp_all("a", 1) if False else None
print(cmp_all(S("a"), "b"), cmp_all("a", S("b")))
for bad in (lambda: "a" < 1, lambda: 1 >= "a", lambda: "a" < None):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def index_all(s):
    out = []
    for k in range(-len(s), len(s)):
        out.append(s[k])
    return "".join(out)


texts = ["hello", "h\U0001F600llo\U0001F601", "\ud800x\udc00", "", "é" * 40 + "\U0001F600"]
for i in range(300):
    r = [index_all(t) for t in texts]
print([ascii(x) for x in r])
for t, k in (("abc", 3), ("abc", -4), ("a\U0001F600", 2), ("abc", 1.0), ("abc", None), ("abc", True), ("abc", 2 ** 70), (S("xyz"), 1)):
    for i in range(120):
        try:
            v = t[k]
        except (IndexError, TypeError) as e:
            v = type(e).__name__ + ": " + str(e)
    print(ascii(t), k, ascii(v))
