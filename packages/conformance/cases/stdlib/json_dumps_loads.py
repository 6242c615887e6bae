# json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads of all value kinds, errors, round trips
import json
data = {"name": "Zoë", "age": 30, "scores": [1.5, 2, -0.0], "ok": True, "none": None, "nested": {"b": [], "a": {}}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"k": "v"}]], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 uni\u2603 emoji😀"))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "null key"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(10 ** 30))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted), json.dumps((1, 2)), json.dumps("é", ensure_ascii=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n", "c": {"d": {}}, "e": 12345678901234567890}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, type(obj["e"]).__name__)
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("1E3"))
print(json.loads('{"dup": 1, "dup": 2}'), json.loads("[1.0, 10.50]"), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', "[1, 2", "{'single': 1}", "", "tru", '{"a" 1}', "[1] x", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"p": 1}', object_hook=lambda d: sorted(d)))
round_trip = {"list": [1, "two", 3.0, None, True], "text": "línea\n", "num": -12.5e-3}
print(json.loads(json.dumps(round_trip)) == round_trip, json.dumps(json.loads("[1e400]")))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Enc), isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
