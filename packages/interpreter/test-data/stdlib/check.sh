#!/usr/bin/env bash
# Compare pyvm's pure-Python stdlib (run under CPython) against CPython itself.
# Each test_*.py here must print byte-identical stdout under the driver and
# under plain python3; the shared conformance programs must match their .out.
# Only stdout is compared (CPython may print DeprecationWarnings on stderr
# that pyvm's modules do not emit); stderr is shown when a test fails.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python3}"
CONF="${CONFORMANCE_DIR:-$HERE/../../../../../shared/conformance}"
pass=0; fail=0
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
compare() { # name expected-file actual-file
  if cmp -s "$2" "$3"; then pass=$((pass+1)); echo "ok   $1";
  else fail=$((fail+1)); echo "FAIL $1"; diff "$2" "$3" | head -20
    [ -s "$3.err" ] && { echo "  stderr:"; tail -5 "$3.err"; }; fi
}
for t in "$HERE"/test_*.py; do
  n="$(basename "$t" .py)"
  (cd "$HERE" && PYTHONHASHSEED=0 "$PY" "$t" >"$tmp/$n.exp" 2>"$tmp/$n.exp.err")
  (cd "$HERE" && PYTHONHASHSEED=0 "$PY" "$HERE/run_with_pyvm_lib.py" "$t" >"$tmp/$n.act" 2>"$tmp/$n.act.err")
  compare "$n" "$tmp/$n.exp" "$tmp/$n.act"
done
for n in stdlib_collections stdlib_functools_wraps stdlib_itertools; do
  if [ -f "$CONF/$n.py" ]; then
    (cd "$CONF" && PYTHONHASHSEED=0 "$PY" "$HERE/run_with_pyvm_lib.py" "$CONF/$n.py" >"$tmp/$n.act" 2>"$tmp/$n.act.err")
    compare "conformance/$n" "$CONF/$n.out" "$tmp/$n.act"
  else
    fail=$((fail+1)); echo "FAIL conformance/$n (missing $CONF/$n.py)"
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
