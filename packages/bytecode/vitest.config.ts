import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Shared 2-core machines run several suites at once: timeouts catch hangs, not slowness.
    testTimeout: 120_000,
  },
});
