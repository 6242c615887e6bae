/**
 * Rewrites expected-failures.json from a real run: cases that pass are
 * removed; newly failing cases are added with their first mismatch as the
 * reason (edit it into a better one). Run with
 * `pnpm --filter @pyvm/conformance update-expected-failures`.
 */
import { discoverCases } from "./cases.js";
import { loadExpectedFailures, saveExpectedFailures, type ExpectedFailures } from "./expected-failures.js";
import { MODES, runCase, type ModeName } from "./runner.js";

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

const old = loadExpectedFailures();
const fresh: ExpectedFailures = {};
const cases = discoverCases();
const failures = new Map<string, Partial<Record<ModeName, string>>>();
await pool(cases, 4, async (c) => {
  for (const mode of Object.keys(MODES) as ModeName[]) {
    const o = await runCase(c, mode);
    if (!o.ok) {
      const firstLine = o.problem.split("\n").slice(0, 3).join(" | ").slice(0, 200);
      failures.set(c.id, { ...failures.get(c.id), [mode]: firstLine });
    }
  }
});
const modeNames = Object.keys(MODES) as ModeName[];
for (const [id, modes] of failures) {
  const failing = modeNames.filter((m) => modes[m] !== undefined);
  const keepFor = (m: ModeName): string | undefined => old[`${id}@${m}`] ?? old[id];
  if (failing.length === modeNames.length) {
    fresh[id] = old[id] ?? keepFor(failing[0] as ModeName) ?? (modes[failing[0] as ModeName] as string);
    continue;
  }
  for (const m of failing) {
    if (m === "stress" && modes.jit !== undefined) continue; // `@jit` covers stress
    fresh[`${id}@${m}`] = keepFor(m) ?? (modes[m] as string);
  }
}
saveExpectedFailures(fresh);
console.log(`${cases.length} cases, ${failures.size} failing in at least one mode`);
