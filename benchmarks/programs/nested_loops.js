// nested_loops: hand-written JavaScript equivalent of nested_loops.py.
// The total stays below 2^53, so plain numbers are exact.
// bench-short: REPEAT=1

const SIZE = 1118;
const REPEAT = 4;

let total = 0;
for (let r = 0; r < REPEAT; r++) {
  for (let i = 0; i < SIZE; i++) {
    for (let j = 0; j < SIZE; j++) {
      total += i * j + r;
    }
  }
}
console.log(String(total));
