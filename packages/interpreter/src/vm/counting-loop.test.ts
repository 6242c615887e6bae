/** `pyvm --stats` runs a generated counting copy of the eval loop; it must match eval-loop.ts. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

describe("counting eval loop", () => {
  it("src/vm/generated/eval-loop-counting.ts is up to date (node scripts/gen-counting-loop.mjs rewrites it)", () => {
    const script = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "scripts", "gen-counting-loop.mjs");
    const r = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
