print(True, False, None)
x = True
y = None.__class__
z = (...).__class__
async_ = 1
await_ = 2
x = print
