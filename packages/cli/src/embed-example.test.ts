/**
 * Keeps `examples/embed/main.mjs` (the embedding example linked from the
 * README and docs/embedding.md) running: it must exit 0 and print exactly
 * `examples/embed/expected-output.txt`. It imports the built packages, which
 * `test` depends on (turbo), so it sees the current API.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const example = fileURLToPath(new URL("../../../examples/embed/main.mjs", import.meta.url));
const expected = fileURLToPath(new URL("../../../examples/embed/expected-output.txt", import.meta.url));

describe("examples/embed", () => {
  it("runs and prints the expected output", () => {
    const r = spawnSync(process.execPath, [example], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(expected, "utf8"));
    expect(r.status).toBe(0);
  });
});
