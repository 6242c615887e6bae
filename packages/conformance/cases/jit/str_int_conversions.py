# int(s) of slices scanned from text (plain digits compile to a direct
# parse; everything else falls back to int(): signs, spaces, underscores,
# non-ASCII digits, long numbers, errors) and str(n) of small ints.


def numbers(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        if "0" <= text[i] <= "9":
            start = i
            while i < n and text[i] != " ":
                i += 1
            out.append(int(text[start:i]))
        else:
            i += 1
    return out


def labels(k):
    return str(k % 7) + "/" + str(k * 3)


total = 0
for k in range(400):
    total += sum(numbers("a 12 bb 345 0 007 " + str(k)))
    total += len(labels(k))
print(total)
print(numbers("1 22 333 4444 55555 123456789012345 1234567890123456 9999999999999999 99999999999999999999"))
print(numbers("1_000 2_2"))
for bad in ["1x", "12a 3"]:
    try:
        print(numbers(bad))
    except ValueError as e:
        print("ValueError", e)


def parse(s):
    return int(s)


for k in range(400):
    parse(str(k))
for s in ["  42 ", "+7", "-15", "\u0663\u0664", "0" * 20 + "1", "9" * 17, "12_34", "", "1.5"]:
    try:
        print(repr(s), parse(s))
    except ValueError as e:
        print("ValueError", e)
print(labels(10), labels(-3))
