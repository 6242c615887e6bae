// fib: hand-written JavaScript equivalent of fib.py — the best a
// JS-emitting JIT could hope for (plain number arithmetic, direct calls).
// bench-short: REPEAT=1, N=25

const N = 30;
const REPEAT = 3;

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let r = 0; r < REPEAT; r++) total += fib(N);
console.log(`${fib(N)} ${total}`);
