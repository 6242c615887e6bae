#!/usr/bin/env python3
"""Record CPython's output for every benchmark program, at both sizes.

For each ``programs/<name>.py`` this runs ``python3`` on the program as
written and writes ``programs/<name>.expected.txt``; then it applies the
program's ``# bench-short:`` header (see ``short_source`` below and
README.md) and writes ``programs/<name>.short.expected.txt``. The harness
compares pyvm's output against these files byte for byte before timing.

The short-size rewrite rule is implemented twice — here and in
``src/program.ts`` — and ``src/program.test.ts`` checks that the two agree by
running python3 on the TypeScript rewrite.

Usage: python3 scripts/gen-expected.py [name ...]
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "programs")

HEADER = re.compile(r"^(?:#|//)\s*bench-short:\s*(.*)$", re.M)


def short_source(source, path):
    """Apply the ``bench-short`` header: each NAME=VALUE replaces the value of
    the single top-level line ``NAME = ...``."""
    m = HEADER.search(source)
    if not m:
        return source
    for item in m.group(1).split(","):
        name, _, value = item.strip().partition("=")
        name = name.strip()
        value = value.strip()
        line = re.compile(r"^((?:const |let |var )?" + re.escape(name) + r" = )[^\n;]*(;?)$", re.M)
        found = line.findall(source)
        if len(found) != 1:
            sys.exit("%s: bench-short names %s, but %d lines assign it" % (path, name, len(found)))
        source = line.sub(lambda mm: mm.group(1) + value + mm.group(2), source)
    return source


def run(source, path):
    proc = subprocess.run([sys.executable, "-"], input=source.encode(), capture_output=True,
                          cwd=PROGRAMS, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        sys.exit("%s failed under CPython:\n%s" % (path, proc.stderr.decode()))
    return proc.stdout


def main(names):
    if sys.version_info[:2] != (3, 11):
        print("warning: expected output should come from CPython 3.11, this is %s" % sys.version.split()[0],
              file=sys.stderr)
    files = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if names:
        files = [f for f in files if f[:-3] in names]
    for f in files:
        path = os.path.join(PROGRAMS, f)
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        base = path[:-3]
        full = run(source, path)
        with open(base + ".expected.txt", "wb") as fh:
            fh.write(full)
        short = run(short_source(source, path), path)
        with open(base + ".short.expected.txt", "wb") as fh:
            fh.write(short)
        print("%-22s full %6d bytes, short %6d bytes" % (f, len(full), len(short)))


if __name__ == "__main__":
    main(sys.argv[1:])
