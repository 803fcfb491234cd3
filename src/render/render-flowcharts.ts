/**
 * Renders mermaid flowchart sources to SVG at build time, with the real `mermaid`
 * package running in headless Chromium (one browser for the whole build), and caches
 * each SVG under a hash of its source so an unchanged diagram is never re-rendered.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { findBrowser, quietChromiumArgs } from "./find-browser.ts";
import { writeCacheFile } from "./write-cache-file.ts";

const require = createRequire(import.meta.url);
export const mermaidScriptPath = require.resolve("mermaid/dist/mermaid.min.js");
const mermaidVersion = (require("mermaid/package.json") as { version: string }).version;

/** Where rendered SVGs are kept between builds; ESCALATION_KIT_FLOWCHART_CACHE moves it (tests use an empty one). */
export const defaultCacheDir = path.resolve(process.env.ESCALATION_KIT_FLOWCHART_CACHE ?? "node_modules/.cache/escalation-kit/flowcharts");

/**
 * System fonts only: the SVG is served as an image, so it cannot use the page's fonts.
 * HTML labels, because mermaid decodes the `#NNN;` character codes the generator uses
 * faithfully only in HTML labels (plain SVG labels show some of them double-escaped).
 */
/**
 * mermaid's own limits (its defaults, written out so the check before drawing uses the
 * same figures): past them it draws an error picture instead of the chart.
 */
export const mermaidMaxTextSize = 50_000;
export const mermaidMaxEdges = 500;

export const mermaidConfig = {
  startOnLoad: false,
  maxTextSize: mermaidMaxTextSize,
  maxEdges: mermaidMaxEdges,
  securityLevel: "strict",
  theme: "base",
  // mermaid 12's default, written out: ELK's layered layout keeps the ladder in one column
  // with room for the arrows between rungs; dagre, at the same spacing, leaves the arrows
  // hidden between touching boxes.
  layout: "elk",
  htmlLabels: true,
  markdownAutoWrap: false,
  // The generator wraps labels itself; mermaid's own (narrower) wrapping would squeeze them again.
  // wrappingWidth wide enough that mermaid never re-wraps the generator's lines.
  flowchart: { htmlLabels: true, curve: "basis", nodeSpacing: 24, rankSpacing: 16, padding: 8, useMaxWidth: false, wrappingWidth: 640 },
  // Tighter lines than mermaid's 1.5, so a ladder of boxes fits one printed page at 8 pt.
  themeCSS: ".nodeLabel, .edgeLabel { line-height: 1.25; }",
  themeVariables: {
    fontFamily: "Arial, Helvetica, sans-serif",
    // 16 px in the SVG, so the chart still reads at 12 px on screen and 8 pt on paper when scaled to fit.
    fontSize: "16px",
    primaryColor: "#ffffff",
    primaryBorderColor: "#0b0c0c",
    primaryTextColor: "#0b0c0c",
    lineColor: "#0b0c0c",
    clusterBkg: "#f3f2f1",
    clusterBorder: "#b1b4b6",
    edgeLabelBackground: "#ffffff",
  },
} as const;

export function flowchartHash(source: string): string {
  return createHash("sha256")
    .update(`${mermaidVersion}\n${JSON.stringify(mermaidConfig)}\n${source}`)
    .digest("hex")
    .slice(0, 20);
}

export function cachedSvgPath(source: string, cacheDir = defaultCacheDir): string {
  return path.join(cacheDir, `${flowchartHash(source)}.svg`);
}

// A drawn chart never changes (its file is named by a hash of what it was drawn from), and
// a build reads each one six times (a page and an image, at two addresses): read once.
const svgsRead = new Map<string, string>();

export function readCachedSvg(source: string, cacheDir = defaultCacheDir): string | undefined {
  const file = cachedSvgPath(source, cacheDir);
  let svg = svgsRead.get(file);
  if (svg === undefined && existsSync(file)) svgsRead.set(file, (svg = readFileSync(file, "utf8")));
  return svg;
}

export interface RenderReport {
  readonly rendered: number;
  readonly cached: number;
  /** Sources with no SVG: no browser was found, so the page renders them itself. */
  readonly fallback: number;
  readonly browser?: string;
  /** Wall time per chart drawn, with `workers` browsers drawing at once. */
  readonly millisecondsPerDiagram?: number;
  readonly workers?: number;
}

export interface RenderOptions {
  readonly cacheDir?: string;
  readonly browserPath?: string | null;
  readonly warn?: (message: string) => void;
  /** How many charts are drawn at once (one browser context each); see `defaultWorkers`. */
  readonly workers?: number;
}

/**
 * One context per core, at most 8: each is a renderer process of its own, so a machine with
 * many cores would otherwise start as many; ESCALATION_KIT_CHART_WORKERS sets the number.
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const set = Number(env.ESCALATION_KIT_CHART_WORKERS);
  return Number.isInteger(set) && set > 0 ? set : Math.min(cores, 8);
}

export async function renderFlowcharts(sources: readonly string[], options: RenderOptions = {}): Promise<RenderReport> {
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const unique = [...new Set(sources)];
  const missing = unique.filter((s) => !existsSync(cachedSvgPath(s, cacheDir)));
  if (missing.length === 0) return { rendered: 0, cached: unique.length, fallback: 0 };

  const browserPath = options.browserPath === null ? undefined : (options.browserPath ?? (await findBrowser()));
  if (!browserPath) {
    options.warn?.(
      `No Chromium or Chrome found (set ESCALATION_KIT_BROWSER to its path). ${missing.length} flowchart(s) will be drawn in the reader's browser instead of at build time.`,
    );
    return { rendered: 0, cached: unique.length - missing.length, fallback: missing.length };
  }

  const { chromium } = await import("playwright-core");
  // One browser context per core, each drawing the next chart still to do: each context's
  // page draws in a renderer process of its own (150 charts on two cores, drawing alone:
  // 18 a second with one context, 25 with two).
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), missing.length));
  const browser = await chromium.launch({ executablePath: browserPath, args: quietChromiumArgs });
  try {
    mkdirSync(cacheDir, { recursive: true });
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await (await browser.newContext()).newPage();
        await page.setContent("<!doctype html><html><body></body></html>");
        await page.addScriptTag({ path: mermaidScriptPath });
        await page.evaluate((config) => {
          (globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config);
        }, mermaidConfig);
        while (next < missing.length) {
          const index = next++;
          const source = missing[index]!;
          const svg = await renderOne(page, source, index);
          writeCacheFile(cachedSvgPath(source, cacheDir), svg);
        }
      }),
    );
    return {
      rendered: missing.length,
      cached: unique.length - missing.length,
      fallback: 0,
      browser: browserPath,
      millisecondsPerDiagram: (performance.now() - started) / missing.length,
      workers,
    };
  } finally {
    await browser.close();
  }
}

/** Draws one chart in a page that has mermaid loaded, or throws naming the policy. */
async function renderOne(page: import("playwright-core").Page, source: string, index: number): Promise<string> {
  try {
    // Past this size mermaid quietly draws a chart that says "Maximum text size in diagram exceeded".
    if (source.length > mermaidMaxTextSize) throw new Error(`${source.length} characters, more than mermaid's ${mermaidMaxTextSize}`);
    return await page.evaluate(
      async ({ source, id }) => {
        const mermaid = (globalThis as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        const { svg } = await mermaid.render(id, source);
        // mermaid draws some failures as a picture of the error rather than throwing:
        // that picture must never be published as the chart.
        if (svg.includes('aria-roledescription="error"')) throw new Error("mermaid drew an error instead of the chart");
        // mermaid's HTML labels use HTML syntax (<br>); re-serialise as XML so the SVG
        // is well-formed and loads as an image file, not only when inlined in HTML.
        const host = document.createElement("div");
        host.innerHTML = svg;
        return new XMLSerializer().serializeToString(host.firstElementChild!);
      },
      { source, id: `flowchart-${index}` },
    );
  } catch (error) {
    // The first line of every generated source names its policy.
    const name = source.split("\n", 1)[0]!.replace(/^%% /, "");
    throw new Error(
      `${name}: the flowchart could not be drawn (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`,
    );
  }
}
