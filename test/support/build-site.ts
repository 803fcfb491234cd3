import { spawnSync } from "node:child_process";
import { fromRoot } from "../helpers.ts";

export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs `npm run build`'s script exactly as an author would, into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, ["scripts/build-site.ts"], {
    cwd: fromRoot(),
    encoding: "utf8",
    // Without vitest's variables: NODE_ENV=test would make Vite bundle React's development
    // build, and the tests must see the site exactly as `npm run build` makes it.
    env: { ...withoutTestRunnerEnv(), NO_COLOR: "1", FORCE_COLOR: "0", ESCALATION_KIT_OUT_DIR: outDir, ...env },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The environment as an author's shell has it, without what the test runner adds. */
export function withoutTestRunnerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST"),
  );
}
