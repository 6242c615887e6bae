/**
 * Child-process driver that times one run of a hand-written JavaScript
 * equivalent.
 *
 * The program's source (already rewritten to the chosen size) arrives on
 * stdin. It is compiled into a function (`new Function("console", src)`)
 * outside the timed region, then called once with a console whose `log`
 * appends to an in-memory buffer, mirroring how pyvm's runProgram captures
 * stdout. Prints `{ stdout, samples_ms: [ms] }`.
 *
 * One process per sample, on purpose: calling the same compiled function
 * repeatedly would re-create the program's classes on every call while V8
 * keeps one feedback vector for them, so object-heavy programs (richards)
 * turn megamorphic and get slower with every iteration. A fresh process per
 * run is also the fair comparison — pyvm runs each program in a fresh VM,
 * paying its own JIT warm-up inside the run, and so does V8 here. Process
 * start-up is outside the measured region.
 */

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

type ProgramFn = (console: { log: (...items: unknown[]) => void }) => void;

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--filename");
  const filename = at >= 0 ? (argv[at + 1] ?? "<bench>") : "<bench>";
  const source = readFileSync(0, "utf8");
  const fn = new Function("console", `${source}\n//# sourceURL=${filename}`) as ProgramFn;
  const chunks: string[] = [];
  const fakeConsole = { log: (...items: unknown[]) => void chunks.push(`${items.map(String).join(" ")}\n`) };
  const start = performance.now();
  fn(fakeConsole);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ stdout: chunks.join(""), samples_ms: [ms] }));
}

main();
