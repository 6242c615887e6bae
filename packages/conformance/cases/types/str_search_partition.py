# str search and split family: find/rfind/index/rindex with bounds, count, partition, rpartition, startswith tuples
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find("o", 15, 20), s.find(""), s.rfind(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z", 0, 5)
except ValueError as e:
    print("ValueError:", e)
print(s.partition(" "), s.rpartition(" "), s.partition("xyz"), s.rpartition("xyz"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4), s.startswith("quick", 4))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(" "))
print("".split(), "".split(","), "abc".split("abc"), "a b c".rsplit(None, 1), " x ".rsplit())
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "a\x0bb\x1cc".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "x".join(("1", "2", "3")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "abc".replace("x", "y"))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("  pad  ".strip(), "xxhixx".strip("x"), "  pad  ".lstrip(), "  pad  ".rstrip() + "|", "abcba".strip("ab"))
print("Hello" in "Hello world", "" in "abc", "lo w" in "Hello world", "HELLO" not in "Hello")
print("a-b_c d".translate(str.maketrans("-_", "  ")), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}), str.maketrans("ab", "xy", "c"))
print("tab\tsep\tx".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4))
