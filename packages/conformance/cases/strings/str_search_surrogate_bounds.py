# find/rfind/count/startswith/endswith windows on BMP strings (fast paths) and matches that
# would split an astral character's surrogate pair (no match in Python); capitalize.
S = "alpha;beta;gamma;ETA;zETA;thETA" * 3
for sub in ["ETA", "a", "", ";", "zz", S, S + "x"]:
    for st, en in [(None, None), (0, None), (3, None), (-5, None), (-100, None), (100, None), (2, 10), (5, -3), (None, -1), (10, 4), (0, 0), (-3, 100)]:
        print(repr(sub[:6]), st, en, S.find(sub, st, en), S.rfind(sub, st, en), S.count(sub, st, en),
              S.startswith(sub, st, en), S.endswith(sub, st, en))
pos, acc = 0, 0
while True:
    pos = S.find("ETA", pos)
    if pos < 0:
        break
    acc += pos
    pos += 1
print(acc)
A = "x\U0001F600y\ud83d"
B = "\U0001F600z"
for s in [A, B, "\U0001F600", "\ud83d", "\ude00", "a\ude00", "\ud83da", "q\U0001F600\U0001F600"]:
    for sub in ["\ud83d", "\ude00", "\U0001F600", "x", "y\ud83d", "\ude00y", "", "z", "\ude00z", "x\ud83d"]:
        print(ascii(s), ascii(sub), s.startswith(sub), s.endswith(sub), s.find(sub), s.count(sub), s.rfind(sub),
              s.startswith(sub, 0), s.endswith(sub, None, len(s)))
print(s.startswith(("q", "\ud83d")), B.startswith(("\ud83d", "z")), B.endswith(("\ude00z",)))
for w in ["alpha", "Beta", "", "1abc", "ÿabc", "ßx", "ǆa", "éCOLE", "a", "Z", "zETA", "_x", "{"]:
    print(ascii(w.capitalize()))
