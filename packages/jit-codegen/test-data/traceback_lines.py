# An exception escaping compiled frames: the traceback must show each frame's line.
def level3(x):
    y = x + 1
    return {"a": 1}[y]

def level2(x):
    z = [x]
    return level3(
        z[0])

def level1():
    total = 0
    for i in range(3):
        total += i
    return level2(total)

print("start")
level1()
