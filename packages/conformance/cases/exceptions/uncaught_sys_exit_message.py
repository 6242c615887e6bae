# sys.exit with a string: the message goes to stderr and the exit status is 1; finally blocks still run
import sys
def cleanup_demo():
    try:
        print("working")
        sys.exit("fatal: configuration missing")
    finally:
        print("finally runs during SystemExit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit code", e.code, repr(e))
try:
    sys.exit("text code")
except SystemExit as e:
    print("caught SystemExit code", repr(e.code))
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("tuple args code", e.code, e.args)
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("SystemExit is BaseException only:", e.code)
print("about to exit")
cleanup_demo()
print("never printed")
