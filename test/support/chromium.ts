import { chromium, type Browser } from "playwright-core";
import { findBrowser, quietChromiumArgs } from "../../src/render/find-browser.ts";

/** The system Chromium, as CI installs it; the tests never download a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await findBrowser();
  if (!executablePath) throw new Error("No Chromium found: install it (apt-get install -y chromium) or set ESCALATION_KIT_BROWSER.");
  return chromium.launch({ executablePath, args: quietChromiumArgs });
}
