/**
 * Guards the JS stack cost of re-entering the eval loop. A builtin calling
 * back into Python (repr → __repr__, a sort key, a dunder) starts a nested
 * `runFrames` activation, and those activations run in Ignition, where every
 * block-scoped declaration gets its own register. With per-case `const`s the
 * frame was 201 registers (1.6 KB): ~370 nested levels exhausted Node's
 * default stack before the recursion limit (1000, two counts per repr level)
 * could raise CPython's RecursionError. runFrames now shares a few
 * function-level temporaries across cases; this test keeps it that way.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

/** Ignition's register count for `fn`, printed by V8 when the VM first compiles it. */
function registerCount(fn: string): number {
  const script = `import { createVM } from ${JSON.stringify(DIST)}; createVM().run("x = 1");`;
  const r = spawnSync(process.execPath, ["--print-bytecode", `--print-bytecode-filter=${fn}`, "--input-type=module", "-e", script], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status).toBe(0);
  const m = /Register count (\d+)/.exec(r.stdout);
  if (m === null) throw new Error(`no bytecode printed for ${fn}:\n${r.stderr}`);
  return Number(m[1]);
}

describe("eval loop frame size", () => {
  it("runFrames stays under 70 Ignition registers (shared case temporaries, not per-case consts)", () => {
    expect(registerCount("runFrames")).toBeLessThan(70);
  });

  it("evalFrame stays small", () => {
    expect(registerCount("evalFrame")).toBeLessThan(20);
  });
});
