import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Builds the site once and serves it for the browser tests (test/e2e).
    globalSetup: ["test/support/sites.global.ts"],
    // The fuzz test compiles thousands of policies; give it room on a 2-core CI machine.
    testTimeout: 120_000,
  },
});
