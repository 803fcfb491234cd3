/**
 * How big a chart's smallest text is where a practitioner reads it: on the flowchart page
 * in a 1280 px window without zooming, and printed on A4 in the orientation the page gives
 * the chart. Measured in Chromium on the built site: the smallest font in the SVG as drawn
 * at its own size, times the scale the page shows it at. Used by the legibility test and
 * printed by `npm run measure-charts` (and the bench).
 */
import type { Browser } from "playwright-core";

/** The floor the flowchart issue set: 12 px on screen, 8 pt on paper. */
export const minimumScreenPx = 12;
export const minimumPrintPt = 8;

/** A4 less the print margins (10 mm each side, the site's @page), in CSS pixels. */
const mm = (value: number) => (value / 25.4) * 96;
const a4Content = { portrait: { width: mm(190), height: mm(277) }, landscape: { width: mm(277), height: mm(190) } } as const;

export interface ChartMeasure {
  readonly page: string;
  readonly chart: string;
  /** The SVG's own width and height, in pixels. */
  readonly natural: { readonly width: number; readonly height: number };
  /** The smallest text in the SVG at its own size, in pixels. */
  readonly smallestTextPx: number;
  readonly screenPx: number;
  readonly printPt: number;
  readonly orientation: "portrait" | "landscape";
  /** The chart with its heading and key, as printed, against the page's printable height. */
  readonly printedHeightMm: number;
  readonly pageHeightMm: number;
}

export function chartPasses(m: ChartMeasure): boolean {
  return m.screenPx >= minimumScreenPx && m.printPt >= minimumPrintPt && m.printedHeightMm <= m.pageHeightMm;
}

/** Every chart on the given flowchart pages (site-relative paths, e.g. "/slough/flowchart/"). */
export async function measureCharts(browser: Browser, siteUrl: string, pages: readonly string[]): Promise<ChartMeasure[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const out: ChartMeasure[] = [];
  try {
    const page = await context.newPage();
    for (const path of pages) {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${siteUrl}${path}`);
      await page.waitForLoadState("networkidle");
      const charts = await page.locator("figure.app-flowchart").evaluateAll((figures) =>
        figures.map((f) => {
          const img = f.querySelector("img")!;
          return {
            chart: f.getAttribute("data-chart") ?? "",
            src: img.src,
            shown: img.getBoundingClientRect().width,
            natural: { width: img.naturalWidth, height: img.naturalHeight },
            landscape: f.classList.contains("app-flowchart--landscape"),
          };
        }),
      );
      for (const chart of charts) {
        const smallestTextPx = await smallestText(context, chart.src);
        const orientation = chart.landscape ? "landscape" : "portrait";
        const printed = await printedSize(page, chart.chart, a4Content[orientation].width);
        out.push({
          page: path,
          chart: chart.chart,
          natural: chart.natural,
          smallestTextPx,
          screenPx: smallestTextPx * (chart.shown / chart.natural.width),
          printPt: smallestTextPx * (printed.imageWidth / chart.natural.width) * 0.75,
          orientation,
          printedHeightMm: (printed.figureHeight / 96) * 25.4,
          pageHeightMm: (a4Content[orientation].height / 96) * 25.4,
        });
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

/** The smallest font size of any text in the SVG, opened on its own at its own size. */
async function smallestText(context: import("playwright-core").BrowserContext, src: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(src);
    return await page.evaluate(() => {
      let smallest = Infinity;
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || element.closest("style")) continue;
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize));
      }
      return smallest;
    });
  } finally {
    await page.close();
  }
}

/** The chart's image width and its figure's height when the page is laid out for print at the page's content width. */
async function printedSize(page: import("playwright-core").Page, chart: string, width: number) {
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: Math.round(width), height: 1200 });
  const size = await page.locator(`figure[data-chart="${chart}"]`).evaluate((figure) => ({
    imageWidth: figure.querySelector("img")!.getBoundingClientRect().width,
    figureHeight: figure.getBoundingClientRect().height,
  }));
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 900 });
  return size;
}

/** The figures as a table, one chart a line, for the bench and the script. */
export function formatChartMeasures(measures: readonly ChartMeasure[]): string {
  const rows = measures.map((m) =>
    [
      `${m.page}${m.chart}`.padEnd(64),
      `${Math.round(m.natural.width)}x${Math.round(m.natural.height)}`.padStart(10),
      `${m.screenPx.toFixed(1)} px`.padStart(9),
      `${m.printPt.toFixed(1)} pt`.padStart(8),
      m.orientation.padEnd(9),
      `${Math.round(m.printedHeightMm)}/${Math.round(m.pageHeightMm)} mm`.padStart(11),
      chartPasses(m) ? "ok" : "TOO SMALL",
    ].join("  "),
  );
  return [
    `${"chart".padEnd(64)}  ${"size".padStart(10)}  ${"screen".padStart(9)}  ${"print".padStart(8)}  ${"page".padEnd(9)}  ${"height".padStart(11)}`,
    ...rows,
  ].join("\n");
}
