# `ch in text` with one-character needles in a hot loop: BMP characters,
# lone surrogates (never half of an astral pair), astral characters, str
# subclasses and non-str needles.


class S(str):
    pass


text = "ab+c\U0001F600d\ud800x"
needles = ["a", "+", "z", "\U0001F600", "\ud83d", "\ude00", "\ud800", "x", "", S("c"), S("q"), "d\ud800"]
for i in range(300):
    r = [(n in text, n not in text) for n in needles] + [("+" in "+-*/%"), ("q" in "+-*/%")]
print(r)
for i in range(3):
    try:
        print(1 in text)
    except TypeError as e:
        print("TypeError:", e)
