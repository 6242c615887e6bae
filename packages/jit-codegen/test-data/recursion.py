# The recursion limit is enforced for compiled code, and RecursionError is catchable inside it.
import sys

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(500))
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
def guarded():
    try:
        return forever(0)
    except RecursionError:
        return "caught inside"
print(guarded())
print(down(100))
