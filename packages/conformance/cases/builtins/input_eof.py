# input(): prompt is written to stdout, EOF on an empty stdin raises EOFError; the program recovers
import sys
print("before input")
try:
    line = input("enter something: ")
    print("got", repr(line))
except EOFError as e:
    print()
    print("EOFError:", repr(str(e)))
try:
    input()
except EOFError as e:
    print("second EOFError:", e)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
lines = []
for line in sys.stdin:
    lines.append(line)
print("lines read:", lines)
def ask(prompt, default):
    try:
        return input(prompt)
    except EOFError:
        return default
answers = [ask(f"q{i}? ", f"default{i}") for i in range(3)]
print()
print(answers)
class Prompt:
    def __str__(self):
        return "[custom prompt]"
try:
    input(Prompt())
except EOFError:
    print(" <- prompt from __str__")
print("done")
