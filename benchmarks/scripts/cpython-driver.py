#!/usr/bin/env python3
"""Time a benchmark program inside CPython, the way the harness times pyvm.

The harness pipes the program's source (already rewritten to the chosen
size) on stdin. The source is compiled once, outside the timed region; then
it is executed ``--warmup`` times untimed and ``--iterations`` times timed,
each run in a fresh ``__main__`` namespace with stdout captured in memory
(pyvm's runProgram captures stdout too). Interpreter start-up is therefore
excluded entirely. Prints one JSON object: the captured output of the first
run and the timed samples in milliseconds. A run whose output differs from
the first is an error.

Usage: python3 cpython-driver.py --filename NAME --iterations N --warmup W
       [--budget-ms MS]  (stop timing once MS have been spent, keeping >= 1 sample)
"""

import argparse
import contextlib
import io
import json
import sys
import time


def run_once(code, filename):
    out = io.StringIO()
    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__}
    with contextlib.redirect_stdout(out):
        start = time.perf_counter_ns()
        exec(code, namespace)
        elapsed = time.perf_counter_ns() - start
    return out.getvalue(), elapsed / 1e6


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--filename", default="<bench>")
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--budget-ms", type=float, default=float("inf"))
    args = parser.parse_args()
    source = sys.stdin.read()
    code = compile(source, args.filename, "exec")
    expected = None
    for _ in range(args.warmup):
        output, _ = run_once(code, args.filename)
        if expected is None:
            expected = output
    samples = []
    spent = 0.0
    while len(samples) < args.iterations and (not samples or spent < args.budget_ms):
        output, ms = run_once(code, args.filename)
        if expected is None:
            expected = output
        elif output != expected:
            sys.exit("output changed between runs")
        samples.append(ms)
        spent += ms
    json.dump({"stdout": expected, "samples_ms": samples, "version": sys.version.split()[0]}, sys.stdout)


if __name__ == "__main__":
    main()
