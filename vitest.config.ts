import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    // The fuzz test compiles thousands of policies; give it room on a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"] },
      },
      {
        extends: true,
        // Builds the sites once and serves them for the browser tests.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], globalSetup: ["test/support/sites.global.ts"] },
      },
    ],
  },
});
