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
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ESCALATION_KIT_OUT_DIR: outDir, ...env },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
