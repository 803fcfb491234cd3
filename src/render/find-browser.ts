import { existsSync } from "node:fs";
import { bundledChromium } from "./bundled-chromium.ts";

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
