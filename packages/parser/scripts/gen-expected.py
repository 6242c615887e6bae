#!/usr/bin/env python3
"""Regenerates the parser's golden files with CPython 3.11 (run from anywhere).

- test-data/snippets/NAME.py   -> NAME.ast.txt  (ast.dump(include_attributes=True, indent=1))
- test-data/errors/NAME.py     -> NAME.err.txt  ("Type: msg (lineno, offset, end_lineno, end_offset)")
                                  NAME.stderr.txt (what CPython's excepthook prints for that error)
- /work/shared/conformance/*.py -> test-data/conformance.json (SHA-256 of each single-line dump, or the error)
"""
import ast
import hashlib
import json
import pathlib
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "expected output must come from CPython 3.11"

ROOT = pathlib.Path(__file__).resolve().parent.parent / "test-data"
CONFORMANCE = pathlib.Path("/work/shared/conformance")


RENDER = """
import sys
name = sys.argv[1]
try:
    compile(open(name, encoding="utf-8").read(), name, "exec")
except SyntaxError as e:
    sys.excepthook(type(e), e.with_traceback(None), None)
"""


def read(path):
    return path.read_bytes().decode("utf-8")


def err_line(e):
    return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n"


def dump_or_error(src, filename, indent=1):
    try:
        tree = ast.parse(src, filename)
    except SyntaxError as e:
        return None, err_line(e)
    return ast.dump(tree, include_attributes=True, indent=indent) + "\n", None


def write_pair(base, dumped, err):
    for suffix, content in ((".ast.txt", dumped), (".err.txt", err)):
        out = base.with_suffix(suffix)
        if content is None:
            if out.exists():
                out.unlink()
        else:
            out.write_text(content, encoding="utf-8")


def main():
    for path in sorted((ROOT / "snippets").glob("*.py")):
        dumped, err = dump_or_error(read(path), path.name)
        if err:
            print(f"warning: snippet {path.name} is a syntax error: {err}", end="")
        write_pair(path.with_name(path.stem), dumped, err)
    for path in sorted((ROOT / "errors").glob("*.py")):
        dumped, err = dump_or_error(read(path), path.name)
        if dumped:
            print(f"warning: error case {path.name} parses fine")
        write_pair(path.with_name(path.stem), dumped, err)
        # Render with CPython's own excepthook, for source compiled from a
        # string (as our parser gets it; running the file directly differs in
        # a few end-of-file cases because CPython's file tokenizer sets `text`
        # differently).
        proc = subprocess.run([sys.executable, "-c", RENDER, path.name], cwd=path.parent,
                              capture_output=True, text=True)
        path.with_suffix(".stderr.txt").write_text(proc.stderr, encoding="utf-8")
    if CONFORMANCE.is_dir():
        # The full dumps would be megabytes, so keep a SHA-256 of each
        # single-line dump (or the error line) in one JSON file.
        expected = {}
        for path in sorted(CONFORMANCE.glob("*.py")):
            dumped, err = dump_or_error(read(path), path.name, indent=None)
            if err:
                expected[path.name] = {"error": err.rstrip("\n")}
            else:
                expected[path.name] = {"sha256": hashlib.sha256(dumped.encode("utf-8")).hexdigest()}
        (ROOT / "conformance.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
