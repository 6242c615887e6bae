/**
 * Opt-in cross-check against CPython on real code: compiles every module of
 * the local CPython 3.11 standard library, verifies it with the code checker,
 * and compares each code object's metadata with CPython's. Stack sizes may
 * legitimately differ (CPython's peephole and AST optimizers fold more), so
 * they are only counted. Skipped unless PYVM_STDLIB_COMPARE=1, because it
 * depends on the machine's python3 installation and takes a few seconds.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { expect, it } from "vitest";
import { CO, type CodeObject } from "../code-object.js";
import { checkCode } from "./check-code.testutil.js";
import { compile } from "./compile.js";

const enabled = process.env["PYVM_STDLIB_COMPARE"] === "1";

function collect(co: CodeObject, out: Record<string, unknown>[]): Record<string, unknown>[] {
  out.push({
    name: co.name, qualname: co.qualname, firstlineno: co.firstlineno, argcount: co.argcount,
    posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount, flags: co.flags & ~CO.NOFREE,
    stacksize: co.stacksize, varnames: [...co.varnames], cellvars: [...co.cellvars], freevars: [...co.freevars],
  });
  for (const c of co.consts) if (c.kind === "code") collect(c, out);
  return out;
}

it.skipIf(!enabled)("compiles the CPython standard library like CPython (PYVM_STDLIB_COMPARE=1)", () => {
  const libdir = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).stdout.trim();
  const files = readdirSync(libdir).filter((f) => f.endsWith(".py")).map((f) => join(libdir, f));
  const script = new URL("../../scripts/dump-code-meta.py", import.meta.url).pathname;
  const res = spawnSync("python3", [script, ...files], { encoding: "utf8", maxBuffer: 1 << 30 });
  const meta = JSON.parse(res.stdout) as Record<string, Record<string, unknown>[]>;
  const problems: string[] = [];
  let stackDiffs = 0;
  for (const [f, expected] of Object.entries(meta)) {
    const co = compile(readFileSync(f, "utf8"), { filename: basename(f), mode: "exec" });
    problems.push(...checkCode(co).map((p) => `${f}: ${p}`));
    const ours = collect(co, []);
    if (ours.length !== expected.length) problems.push(`${f}: ${ours.length} code objects, CPython ${expected.length}`);
    ours.forEach((m, i) => {
      const t = expected[i];
      if (t === undefined) return;
      if (JSON.stringify({ ...m, stacksize: 0 }) !== JSON.stringify({ ...t, stacksize: 0 })) problems.push(`${f}: ${String(m["qualname"])} differs`);
      else if (m["stacksize"] !== t["stacksize"]) stackDiffs++;
    });
  }
  console.log(`${Object.keys(meta).length} modules; ${stackDiffs} code objects with a different stacksize`);
  expect(problems).toEqual([]);
}, 600_000);
