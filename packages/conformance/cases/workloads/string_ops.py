# String operations: concatenation, split/join, replace, find, f-strings.
s = ""
for i in range(500):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
words = "the quick brown fox jumps over the lazy dog".split()
print(words, len(words))
print("-".join(words), " ".join(reversed(words)))
text = "hello world " * 50
print(text.count("o"), text.find("world"), text.find("xyz"), text.rfind("hello"))
print(text.replace("world", "there", 2)[:40])
print(text.upper()[:11], "ABC".lower(), "  pad  ".strip(), "x".center(7, "*"))
print("a,b,,c".split(","), "a b  c".split(), "k=v".partition("="))
name, n, f = "pyvm", 42, 3.14159
print(f"{name!r} has {n:5d} items costing {f:.2f} ({n * 2:x}) [{name:>8}] [{name:<8}]")
print(f"{n=} {f=:.1f} {'nested ' + name}")
print("%s-%d-%.3f" % (name, n, f))
print("{} {}".format(1, "two"), "{0}{1}{0}".format("a", "b"))
acc = []
for w in words:
    acc.append(w.capitalize())
print("".join(acc))
print(ord("A"), chr(97), "abc" < "abd", "abc" * 2, "b" in "abc")
print(str(12345)[::-1], "x".join(str(i) for i in range(5)))
