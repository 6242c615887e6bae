# helper module: counts how often its body runs
print("  executing helpers.counter_mod body")
LOADS = 1
value = 10
def bump():
    global value
    value += 1
    return value
_private = "hidden from star import"
