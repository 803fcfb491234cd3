import { existsSync } from "node:fs";

/** Environment variables that name a Chromium or Chrome binary, first wins. */
export const browserEnvironmentVariables = ["ESCALATION_KIT_BROWSER", "CHROMIUM_PATH", "CHROME_PATH"] as const;

const systemBrowsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/**
 * The browser to render flowcharts with: an environment variable, then the system's
 * chromium or chrome, then Playwright's own download if one happens to be installed.
 * `ESCALATION_KIT_BROWSER=none` forces the no-browser fallback (for tests).
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
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
    // playwright-core knows no browser of its own here; that is the fallback case.
  }
  return undefined;
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
