#!/bin/sh
# Regenerate the expected output of every program here with CPython (python3 >= 3.11).
# Tracebacks name the script relative to this directory (CPython prints the path it was given,
# made absolute; the test runs the VM with the bare file name).
cd "$(dirname "$0")" || exit 1
for f in *.py; do
  python3 "$f" > "${f%.py}.out" 2> "${f%.py}.err"
  sed -i "s#$(pwd)/##" "${f%.py}.err"
  [ -s "${f%.py}.err" ] || rm "${f%.py}.err"
done
