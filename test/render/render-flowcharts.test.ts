import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { generateFlowchart } from "../../src/generators/generate-flowchart.ts";
import { mermaidConfig, mermaidScriptPath, readCachedSvg, renderFlowcharts } from "../../src/render/render-flowcharts.ts";
import { launchChromium } from "../support/chromium.ts";
import { fixedToday, fromRoot, seedPolicyFiles } from "../helpers.ts";

const sourceOf = (file: string) => generateFlowchart(compilePolicyFile(file, { today: fixedToday }).policy!).source;
let browser: Browser;
let page: Page;
const cacheDir = mkdtempSync(path.join(tmpdir(), "escalation-kit-flowcharts-"));

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: mermaidScriptPath });
  await page.evaluate(
    (config) => (globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config),
    mermaidConfig,
  );
});

afterAll(async () => {
  await browser?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("the official mermaid parser", () => {
  for (const file of [...seedPolicyFiles(), fromRoot("test/fixtures/injection/injection/2024-01.yaml")]) {
    it(`accepts the diagram of ${path.relative(fromRoot(), file)}`, async () => {
      const result = await page.evaluate(async (source) => {
        const mermaid = (globalThis as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid;
        try {
          return { ok: Boolean(await mermaid.parse(source)) };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, sourceOf(file));
      expect(result).toEqual({ ok: true });
    });
  }

  it("rejects a broken diagram, so the test above can fail", async () => {
    const ok = await page.evaluate(async () => {
      try {
        await (globalThis as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid.parse(
          'flowchart TB\n  a["unclosed]\n',
        );
        return true;
      } catch {
        return false;
      }
    });
    expect(ok).toBe(false);
  });
});

describe("renderFlowcharts", () => {
  const injection = sourceOf(fromRoot("test/fixtures/injection/injection/2024-01.yaml"));

  it("renders to a well-formed SVG in which policy text is only text", async () => {
    const report = await renderFlowcharts([injection], { cacheDir });
    expect(report).toMatchObject({ rendered: 1, cached: 0, fallback: 0 });
    const svg = readCachedSvg(injection, cacheDir)!;
    expect(svg.startsWith("<svg")).toBe(true);
    const inspected = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        parseError: doc.querySelector("parsererror") !== null,
        scripts: doc.querySelectorAll("script").length,
        handlers: [...doc.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
        text: doc.documentElement.textContent ?? "",
      };
    }, svg);
    expect(inspected.parseError).toBe(false);
    expect(inspected.scripts).toBe(0);
    expect(inspected.handlers).toBe(0);
    expect(inspected.text).toContain("<script>alert(1)</script>");
    expect(inspected.text).toContain("%%{init: {'theme':'dark'}}%%");
    expect(inspected.text).toContain('"] --> x[');
    expect(inspected.text).toContain("&amp; &lt;b&gt;");
  });

  it("does not render an unchanged diagram twice", async () => {
    const report = await renderFlowcharts([injection], { cacheDir });
    expect(report).toMatchObject({ rendered: 0, cached: 1 });
  });

  it("without a browser, warns once and leaves the diagrams to the page", async () => {
    const warnings: string[] = [];
    const report = await renderFlowcharts([sourceOf(seedPolicyFiles()[0]!), sourceOf(seedPolicyFiles()[1]!)], {
      cacheDir: mkdtempSync(path.join(tmpdir(), "escalation-kit-empty-")),
      browserPath: null,
      warn: (m) => warnings.push(m),
    });
    expect(report).toMatchObject({ rendered: 0, fallback: 2 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("ESCALATION_KIT_BROWSER");
  });
});
