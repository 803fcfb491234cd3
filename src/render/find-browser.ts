import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Environment variables that name a Chromium or Chrome binary, first wins. */
export const browserEnvironmentVariables = ["ESCALATION_KIT_BROWSER", "CHROMIUM_PATH", "CHROME_PATH"] as const;

const systemBrowsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/**
 * The browser to render flowcharts with, first found: an environment variable; the
 * system's chromium or chrome; Playwright's own download if one happens to be installed;
 * then the Chromium shipped inside the npm package `@sparticuz/chromium` (an optional
 * dependency, so `npm ci` brings it on any Linux x64 machine: a build with no browser
 * installed still draws its charts). `ESCALATION_KIT_BROWSER=none` forces the no-browser
 * fallback and `ESCALATION_KIT_BROWSER=bundled` the packaged Chromium (both for tests).
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.ESCALATION_KIT_BROWSER === "bundled") return bundledChromium();
  for (const name of browserEnvironmentVariables) {
    const value = env[name];
    if (value === "none") return undefined;
    if (value && existsSync(value)) return value;
  }
  for (const path of systemBrowsers) if (existsSync(path)) return path;
  try {
    const { chromium } = await import("playwright-core");
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright-core knows no browser of its own here; the packaged one is next.
  }
  return bundledChromium();
}

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

/** Flags that keep headless Chromium from reaching out to the network on its own. */
export const quietChromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
];
