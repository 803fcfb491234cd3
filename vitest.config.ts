import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    // The fuzz tests compile 20,000 policies; give them room on a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        // Two workers even on two cores: the fuzz files are pure computation, and one worker
        // (the default there) runs them one after another.
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"], maxWorkers: 2 },
      },
      {
        extends: true,
        // Builds the sites once and serves them for the browser tests.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], globalSetup: ["test/support/sites.global.ts"] },
      },
    ],
  },
});
