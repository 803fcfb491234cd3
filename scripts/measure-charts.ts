/**
 * `npm run measure-charts -- <built site folder>`: the smallest chart text of every area's
 * flowchart page and each revision's, on screen (1280 px window) and printed on A4, with the page each chart
 * prints on. Exits 1 when a chart falls below 12 px or 8 pt or does not fit its page.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { findBrowser, quietChromiumArgs } from "../src/render/find-browser.ts";
import { chartPasses, formatChartMeasures, measureCharts } from "../src/render/measure-charts.ts";
import { serveStatic } from "../test/support/serve-static.ts";

const dir = path.resolve(process.argv[2] ?? "dist");
// Each area's flowchart page and each revision's own (/<area>/<revision>/flowchart/).
const pages = (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
  .filter((f) => /^[^/]+(\/[^/]+)?\/flowchart\/index\.html$/.test(f.split(path.sep).join("/")))
  .map((f) => `/${path.dirname(f).split(path.sep).join("/")}/`)
  .sort();
const executablePath = await findBrowser();
if (!executablePath) {
  console.error("No Chromium or Chrome found (set ESCALATION_KIT_BROWSER to its path).");
  process.exit(2);
}
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath, args: quietChromiumArgs });
try {
  const measures = await measureCharts(browser, server.url, pages);
  console.log(formatChartMeasures(measures));
  const failing = measures.filter((m) => !chartPasses(m)).length;
  console.log(`\n${measures.length} charts on ${pages.length} pages; ${failing} below 12 px on screen, 8 pt on paper or one page.`);
  process.exitCode = failing > 0 ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
