#!/usr/bin/env node
// Generates the instruction-counting copy of the eval loop for `pyvm --stats`.
//
// `src/vm/eval-loop.ts` is the only hand-written dispatch loop. Counting every
// instruction there would cost every run a memory write per instruction, so
// `--stats` runs a generated copy instead: this script copies eval-loop.ts to
// `src/vm/generated/eval-loop-counting.ts` with
//   - one counter increment after each instruction fetch (the line
//     `const word = code[pc++] as number;`),
//   - one counter increment for each `// @count-fused: WORD` comment, which marks
//     where a dispatch runs a following instruction (word WORD) itself, so
//     instructions executed inside another's dispatch are counted too,
//   - `evalFrame` renamed `evalFrameCounting`,
//   - the lines marked `@counting-dispatch` (the switch to this copy) dropped,
//   - relative imports re-rooted one directory deeper.
// `evalFrame` hands over to `evalFrameCounting` while `interpStats.enabled`
// is set (one check per `evalFrame` call, none per instruction).
//
// Usage: node scripts/gen-counting-loop.mjs          (write the file)
//        node scripts/gen-counting-loop.mjs --check  (exit 1 if it is out of date)

import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const srcFile = join(packageRoot, "src", "vm", "eval-loop.ts");
const outDir = join(packageRoot, "src", "vm", "generated");
const outFile = join(outDir, "eval-loop-counting.ts");

const FETCH = "const word = code[pc++] as number;";

export function render(source) {
  const lines = source.split("\n");
  const out = [
    "// GENERATED FILE — do not edit. Source: src/vm/eval-loop.ts, by scripts/gen-counting-loop.mjs.",
    "// The eval loop with a per-opcode instruction counter, run by `pyvm --stats` (see interpStats).",
    "/* eslint-disable */",
  ];
  let fetches = 0;
  let renamed = 0;
  for (let line of lines) {
    if (line.includes("@counting-dispatch")) continue;
    if (line.includes("export function evalFrame(")) {
      line = line.replace("export function evalFrame(", "export function evalFrameCounting(");
      renamed++;
    }
    const fused = /^(\s*)\/\/ @count-fused: (.+)$/.exec(line);
    if (fused !== null) {
      const [, indent, word] = fused;
      out.push(`${indent}executed[${word} & 0xff] = (executed[${word} & 0xff] as number) + 1;`);
      continue;
    }
    line = line.replace(/from "\.\.\//g, 'from "../../').replace(/from "\.\//g, 'from "../');
    out.push(line);
    if (line.trim() === FETCH) {
      const indent = line.slice(0, line.indexOf(FETCH));
      out.push(`${indent}executed[word & 0xff] = (executed[word & 0xff] as number) + 1;`);
      fetches++;
    }
  }
  if (fetches !== 1 || renamed !== 1) {
    throw new Error(`gen-counting-loop: expected one instruction fetch and one evalFrame in eval-loop.ts, found ${fetches} and ${renamed}`);
  }
  out.push("", "const executed = interpStats.executed;", "");
  return out.join("\n");
}

const fresh = render(readFileSync(srcFile, "utf8"));
if (process.argv.includes("--check")) {
  const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
  if (current !== fresh) {
    console.error(`${outFile} is out of date; run node scripts/gen-counting-loop.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync(outDir, { recursive: true });
  const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
  if (current !== fresh) writeFileSync(outFile, fresh);
}
