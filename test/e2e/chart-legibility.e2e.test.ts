/**
 * Every chart of every seed and real-procedure fixture is legible where a practitioner
 * reads it: its smallest text at least 12 px on the flowchart page in a 1280 px window,
 * at least 8 pt printed on A4, and each chart with its key on one printed page: the current
 * revision's charts and every earlier revision's.
 */
import { readdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartPasses, formatChartMeasures, measureCharts, minimumPrintPt, minimumScreenPx } from "../../src/render/measure-charts.ts";
import { launchChromium } from "../support/chromium.ts";
import { fromRoot } from "../helpers.ts";

const areasIn = (...dirs: string[]) =>
  dirs.flatMap((dir) =>
    readdirSync(fromRoot(dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ area: d.name, revisions: readdirSync(fromRoot(dir, d.name)).filter((f) => f.endsWith(".yaml")) })),
  );
/** Each area's flowchart page, and each of its revisions' own (older charts are printed too). */
const flowchartPages = (areas: ReturnType<typeof areasIn>) =>
  areas.flatMap(({ area, revisions }) => [
    `/${area}/flowchart/`,
    ...revisions.map((file) => `/${area}/${file.replace(/\.yaml$/, "")}/flowchart/`),
  ]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("chart legibility", () => {
  for (const [name, url, areas] of [
    ["the seeds", inject("siteUrl"), areasIn("policies")],
    ["the real procedures and shapes", inject("realUrl"), areasIn("test/fixtures/real", "test/fixtures/shapes")],
  ] as const) {
    it(`${name}: every chart reads at ${minimumScreenPx} px on screen and ${minimumPrintPt} pt on A4, one page per chart`, async () => {
      const pages = flowchartPages(areas);
      const measures = await measureCharts(browser, url, pages);
      // Every page measured, at least one chart on each.
      expect(new Set(measures.map((m) => m.page)).size).toBe(pages.length);
      const failing = measures.filter((m) => !chartPasses(m));
      expect(failing, formatChartMeasures(measures)).toEqual([]);
    });
  }
});

describe("from the chart to the form", () => {
  it("links each stage of the text twin to its section of the protocol and to the form with that stage chosen", async () => {
    const url = inject("siteUrl");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/slough/flowchart/`);
    const record = page.getByTestId("record-stage-2");
    expect(await record.getAttribute("href")).toBe("/slough/form/?stage=stage-2");
    const section = page.getByRole("link", { name: "Formal Stage 2: Escalation to Team Manager (TM) in the full procedure" });
    expect(await section.getAttribute("href")).toBe("/slough/#stage-stage-2");
    const requests: string[] = [];
    await record.click();
    page.on("request", (r) => requests.push(r.url()));
    const stage = page.locator("#root_stages_0_stage");
    await expect.poll(() => stage.inputValue()).toBe("stage-2");
    // The guide for that stage is shown, and nothing was fetched for it.
    await expect.poll(() => page.getByTestId("stage-guide-0").count()).toBe(1);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    // An unknown stage in the address is ignored.
    await page.goto(`${url}/slough/form/?stage=nonsense`);
    await page.locator("#root_stages_0_stage").waitFor();
    expect(await page.locator("#root_stages_0_stage").inputValue()).toBe("");
    await context.close();
  });
});
