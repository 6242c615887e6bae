# upper/lower/capitalize over Latin-1 text (the fast path maps it character
# by character), ASCII capitalize edge cases, and text beyond Latin-1.
latin1 = "".join(chr(i) for i in range(256))
print(ascii(latin1.upper()))
print(ascii(latin1.lower()))
print(ascii(latin1.capitalize()))
words = ["alpha", "Beta", "gAMMA", "", "a", "A", "1abc", "_Xy", "ßtraße", "ÿes", "µx", "éLAN", "hello World",
         "Σίσυφος", "ΣΑΣ", "İstanbul", "ǆemal", "ﬁne", "x\U0001F600Y", "\u0149n"]
for i in range(300):
    r = [(w.upper(), w.lower(), w.capitalize(), w.capitalize()[::-1]) for w in words]
for t in r:
    print(ascii(t))
print(ascii(("MiXeD " * 20 + "ẞ").lower()), ascii(("straße " * 10).upper()))
