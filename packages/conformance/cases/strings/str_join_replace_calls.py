class L(list): pass
class S(str): pass
print(",".join(["a", "b"]), "-".join(("x",)), "".join([]), ".".join(L(["p", "q"])), "+".join([S("s"), "t"]), "/".join(iter(["i", "j"])), ":".join({"k": 1, "m": 2}), "".join("abc"))
for bad in [["a", 1], ("a", None), [b"x"], 5]:
    try: print("|".join(bad))
    except TypeError as e: print(e)
print("abc".find(""), "".find(""), "abc".find("c"), "a😀c".find("c"), "abc".find("😀"), "x".upper(), "X".isupper())
try: "a".upper(1)
except TypeError as e: print(e)
try: str.upper(5)
except TypeError as e: print(e)
try: str.isalpha()
except TypeError as e: print(e)
try: "a".isalpha(x=1)
except TypeError as e: print(e)
print(S("abc").upper(), type(S("abc").upper()).__name__, str.lower(S("ABC")))
print("a,b,,c".replace(",", ";"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaaa".replace("aa", "b"), "ab".replace("ab", "", -5), "abab".replace("ab", "$&"))
