/**
 * Child-process driver that times a hand-written JavaScript equivalent.
 *
 * The program's source (already rewritten to the chosen size) arrives on
 * stdin. It is turned into a function once (`new Function("console", src)`,
 * outside the timed region) and called `--warmup` times untimed, then up to
 * `--iterations` times timed; each call re-runs the whole program with a
 * console whose `log` appends to an in-memory buffer, mirroring how pyvm's
 * runProgram captures stdout. Running in a separate process keeps the
 * harness's own heap and JIT state out of the measurement. Prints one JSON
 * object: `{ stdout, samples_ms }`.
 */

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

interface Args {
  iterations: number;
  warmup: number;
  budgetMs: number;
  filename: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { iterations: 5, warmup: 1, budgetMs: Number.POSITIVE_INFINITY, filename: "<bench>" };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1] ?? "";
    if (key === "--iterations") args.iterations = Number(value);
    else if (key === "--warmup") args.warmup = Number(value);
    else if (key === "--budget-ms") args.budgetMs = Number(value);
    else if (key === "--filename") args.filename = value;
    else throw new Error(`js-driver: unknown argument ${key ?? ""}`);
  }
  return args;
}

type ProgramFn = (console: { log: (...items: unknown[]) => void }) => void;

function runOnce(fn: ProgramFn): { stdout: string; ms: number } {
  const chunks: string[] = [];
  const fakeConsole = { log: (...items: unknown[]) => void chunks.push(`${items.map(String).join(" ")}\n`) };
  const start = performance.now();
  fn(fakeConsole);
  const ms = performance.now() - start;
  return { stdout: chunks.join(""), ms };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const source = readFileSync(0, "utf8");
  const fn = new Function("console", `${source}\n//# sourceURL=${args.filename}`) as ProgramFn;
  let expected: string | undefined;
  for (let i = 0; i < args.warmup; i++) {
    const { stdout } = runOnce(fn);
    expected ??= stdout;
  }
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < args.iterations && (samples.length === 0 || spent < args.budgetMs)) {
    const { stdout, ms } = runOnce(fn);
    if (expected === undefined) expected = stdout;
    else if (stdout !== expected) throw new Error("js-driver: output changed between runs");
    samples.push(ms);
    spent += ms;
  }
  process.stdout.write(JSON.stringify({ stdout: expected ?? "", samples_ms: samples }));
}

main();
