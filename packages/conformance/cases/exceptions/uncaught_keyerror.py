# an uncaught KeyError from a nested call after output; exit status 1 and the repr-style message
def lookup(table, key):
    return table[key]
def process(keys):
    table = {"a": 1, "b": 2}
    total = 0
    for k in keys:
        total += lookup(table, k)
        print("after", k, "total", total)
    return total
print(process(["a", "b"]))
try:
    process(["z"])
except KeyError as e:
    print("caught", repr(e), e.args)
print(process(["b", "a", "missing key", "a"]))
print("never printed")
# the remaining lines only pad the file for readability of the case
# and make sure nothing after the failing call runs:
# CPython prints the traceback to stderr and exits with status 1.
# The last stderr line is:  KeyError: 'missing key'
def unused():
    return "unused"
