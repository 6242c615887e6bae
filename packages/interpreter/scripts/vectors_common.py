"""Shared JSON encoding for the test-vector generators (scripts/gen-*-vectors.py).

Values: str → JSON string; int → JSON number when |v| <= 2**53-1, else {"int": "<digits>"};
bool → JSON bool; None → null; float → {"float": "<repr>"}; tuple → {"tuple": [...]};
list → JSON array; bytes → {"bytes": "<hex>"}; dict → {"dict": [[k, v], ...]};
types.SimpleNamespace → {"ns": [[name, v], ...]}. A raised exception is
{"exc": "<ClassName>", "msg": "<str(exc)>"}.
"""
import json, os, types

MAX_SAFE = 2**53 - 1

def enc(v):
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) <= MAX_SAFE else {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": bytes(v).hex()}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, types.SimpleNamespace):
        return {"ns": [[k, enc(x)] for k, x in vars(v).items()]}
    raise TypeError(type(v))

def run(fn):
    try:
        return {"r": enc(fn())}
    except Exception as e:
        return {"exc": type(e).__name__, "msg": str(e)}

def write(name, data):
    path = os.path.join(os.path.dirname(__file__), '..', 'test-data', 'str', name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('wrote', path, len(data), 'cases')
