# json: dumps/loads/dump/load formatting, options and error messages.
import io
import json
from collections import OrderedDict


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print(type(e).__name__, e)


data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": False},
        "empty_list": [], "empty_dict": {}, "float": 1.5, "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, {"a": 2}], indent=1, separators=(" ,", " = ")))
print(json.dumps([1.0, 0.1, 1e16, 1e-7, 123456789.123, -0.0, 3.141592653589793, 1e300 * 10, -1e300 * 10, float("nan")]))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps({"k": float("inf")}, allow_nan=False))
print(json.dumps("héllo \u2603 \U0001F600 \x00\x1f\x7f \"q\" \\ / \n\t\r\b\f"))
print(json.dumps("héllo \u2603 \U0001F600 \x00\x1f\x7f \"q\" \\", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": 1}))
show(lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps({(1,): 3}, skipkeys=True))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 4, "c": 3}}, sort_keys=True))
show(lambda: json.dumps(object()))
show(lambda: json.dumps({1, 2}))
print(json.dumps({1, 2}, default=sorted), json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))
cyc = []
cyc.append(cyc)
show(lambda: json.dumps(cyc))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(10 ** 30))


class IntLike(int):
    def __repr__(self):
        return "IntLike!"


class FloatLike(float):
    def __repr__(self):
        return "FloatLike!"


print(json.dumps([IntLike(5), FloatLike(2.5)]))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))
print(list(json.JSONEncoder().iterencode({"a": [1, "x", {"b": 2}], "c": {}})))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, "x", {"b": 2}], "c": {}})))
print(list(json.JSONEncoder().iterencode([1, [2]])), list(json.JSONEncoder().iterencode("x")), list(json.JSONEncoder().iterencode(1)))
show(lambda: Enc().encode(object()))
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=2)
print(buf.getvalue())
buf2 = io.StringIO()
json.dump([1, "x"], buf2)
print(buf2.getvalue())

# loads
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(ascii(json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\ud83d\\ude00\\ud800x"')), json.loads("  [ ]  "), json.loads("{}"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("123456789012345678901234567890"), json.loads("1E400"), json.loads("[NaN, Infinity, -Infinity]"), json.loads("0.5e-3"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1, "b"]'), json.loads('[1]'.encode("utf-16")), json.loads(bytearray(b'{"k": 0}')), json.loads(b"\xef\xbb\xbf[2]"))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=float), json.loads("[NaN]", parse_constant=lambda c: c.lower()))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"b": {"c": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1}', object_hook=dict, object_pairs_hook=OrderedDict))
print(json.loads('"a\tb"', strict=False), json.load(io.StringIO('{"from": "file"}')))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().raw_decode('xx{"a": 1}', 2))
for bad in ["", " ", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{"a" 1}', "{1:2}", "[", "[1", "[1,]", "[1 2]",
            '"abc', '"a\\x"', '"a\\u12"', '"a\nb"', "tru", "nul", "01", "1 2", "-", "-a", "1.", "1e",
            "[1,\n  2,\n  x]", "\ufeff1", '{"a":1 "b":2}', '["a"  ,  ]', '"\\', '"\\u"', '{"a":1}x', "{,}", '"\\uZZZZ"', "[1]\n\n  x"]:
    show(lambda: json.loads(bad))
show(lambda: json.loads(1))
show(lambda: json.loads(None))
err = json.JSONDecodeError("msg", "ab\ncd", 4)
print(err, err.msg, err.doc, err.pos, err.lineno, err.colno, isinstance(err, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.loads(json.dumps(data)) == {**data, "tuple": [1, 2]})
big = {"k%d" % i: [i, str(i), i / 3, {"n": None}] for i in range(50)}
print(json.loads(json.dumps(big, indent=3)) == json.loads(json.dumps(big)), len(json.dumps(big)), len(json.dumps(big, indent=3)))
