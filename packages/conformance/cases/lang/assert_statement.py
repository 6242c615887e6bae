# assert with and without messages, message evaluation laziness, and AssertionError args
def check(v):
    try:
        assert v > 0
        return "ok"
    except AssertionError as e:
        return "AssertionError args=%r" % (e.args,)
print(check(1), check(-1))
def check_msg(v):
    try:
        assert v > 0, f"expected positive, got {v}"
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)
print(check_msg(5))
print(check_msg(-2))
calls = []
def msg():
    calls.append(1)
    return "message"
assert True, msg()
print("message evaluated when passing:", len(calls))
try:
    assert False, msg()
except AssertionError as e:
    print(e, len(calls))
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e), e.args[0] + 1)
for v in [0, "", None, (), {}, 0.0]:
    try:
        assert v
    except AssertionError:
        print("falsy:", repr(v))
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), "custom __bool__"
except AssertionError as e:
    print(e)
x = 3
try:
    assert x == 3 and x < 2, "compound"
except AssertionError as e:
    print(e)
try:
    raise AssertionError
except AssertionError as e:
    print(repr(e), str(e) == "")
print(issubclass(AssertionError, Exception))
