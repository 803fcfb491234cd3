import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The Chromium inside `@sparticuz/chromium`, unpacked on first use (about 1.5 s and
 * 200 MB); undefined where the package is not installed (it is optional, and only for
 * Linux x64) or cannot unpack there. The package unpacks into the temporary folder and
 * reuses whatever binary it finds there under its name, so it is pointed at a folder of
 * this project's own, named after the package's version: never another user's file or
 * another version's, and `--version` is asked before the binary is trusted.
 */
export async function bundledChromium(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const saved = process.env.TMPDIR;
  try {
    const { default: chromium } = (await import("@sparticuz/chromium")) as { default: { executablePath(): Promise<string> } };
    // Its package.json is not exported; it sits two folders above the entry point.
    const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
    const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "..", "package.json"), "utf8")) as { version: string };
    const dir = path.resolve("node_modules/.cache/escalation-kit", `chromium-${version}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    process.env.TMPDIR = dir;
    const binary = await chromium.executablePath();
    const check = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 30_000 });
    return check.status === 0 && /Chromium/.test(check.stdout) ? binary : undefined;
  } catch {
    return undefined;
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}
