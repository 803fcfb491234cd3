import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compilePolicyFile, compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { checkFlowchartSize } from "../../src/render/check-flowchart-size.ts";
import { generateFlowchart } from "../../src/generators/generate-flowchart.ts";
import { defaultWorkers, mermaidConfig, mermaidScriptPath, readCachedSvg, renderFlowcharts } from "../../src/render/render-flowcharts.ts";
import { launchChromium } from "../support/chromium.ts";
import { fixedToday, fromRoot, realPolicyFiles, seedPolicyFiles } from "../helpers.ts";

/** The first chart of a policy: every test here draws one chart. */
const sourceOf = (file: string) => generateFlowchart(compilePolicyFile(file, { today: fixedToday }).policy!).charts[0]!.source;
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

describe("checkFlowchartSize", () => {
  it("passes every seed and real procedure", () => {
    for (const file of [...seedPolicyFiles(), ...realPolicyFiles()]) {
      const policy = compilePolicyFile(file, { today: fixedToday }).policy!;
      for (const chart of generateFlowchart(policy).charts) expect(checkFlowchartSize(policy, chart.source), file).toBeUndefined();
    }
  });

  it("stops a policy whose chart mermaid would not draw, naming its file and the limit", () => {
    // 150 stages with long names: valid, and far past what mermaid draws.
    const stages = Array.from({ length: 150 }, (_, i) =>
      [
        `      - id: stage-${i + 1}`,
        `        name: Stage ${i + 1} ${"with a very long name ".repeat(15)}`,
        "        formality: formal",
        "        methods: not stated",
        "        raisedBy: [practitioner]",
        "        to: [line-manager]",
        "        record: not stated",
        "        timescales: not stated",
        "        outcomes:",
        "          - result: resolved",
        "            next: end",
        ...(i < 149 ? ["          - result: not-resolved", `            next: stage-${i + 2}`] : []),
      ].join("\n"),
    ).join("\n");
    const minimal = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8");
    const source = minimal.replace(/    stages:\n[\s\S]*?\n    whenLastStageFails/, `    stages:\n${stages}\n    whenLastStageFails`);
    const result = compilePolicySource(
      source,
      { areaId: "huge", revisionId: "2024-01", file: "policies/huge/2024-01.yaml" },
      { today: fixedToday },
    );
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const diagnostic = checkFlowchartSize(result.policy!, generateFlowchart(result.policy!).charts[0]!.source);
    expect(diagnostic).toMatchObject({
      code: "POLICY_FLOWCHART_TOO_LARGE",
      file: "policies/huge/2024-01.yaml",
      start: { line: 1, column: 1 },
    });
    expect(diagnostic!.message).toMatch(/^This policy's flowchart would need \d+ characters; mermaid draws at most 50000 characters\.$/);
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

  it("fails, naming the chart, rather than keep the picture of an error mermaid draws", async () => {
    const tooLarge = `%% Flowchart of huge/2024-01, generated by escalation-kit from the policy.\nflowchart TB\n${Array.from(
      { length: 2000 },
      (_, i) => `  n${i}["${"x".repeat(30)}"]`,
    ).join("\n")}\n`;
    await expect(renderFlowcharts([tooLarge], { cacheDir })).rejects.toThrow(
      /^Flowchart of huge\/2024-01, .*: the flowchart could not be drawn/,
    );
    expect(readCachedSvg(tooLarge, cacheDir)).toBeUndefined();
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

describe("how many charts are drawn at once", () => {
  it("is one per core, at most 8, unless ESCALATION_KIT_CHART_WORKERS says otherwise", () => {
    expect(defaultWorkers({}, 2)).toBe(2);
    expect(defaultWorkers({}, 64)).toBe(8);
    expect(defaultWorkers({ ESCALATION_KIT_CHART_WORKERS: "3" }, 64)).toBe(3);
    // Not a whole positive number: the default, not zero contexts.
    expect(defaultWorkers({ ESCALATION_KIT_CHART_WORKERS: "0" }, 4)).toBe(4);
    expect(defaultWorkers({ ESCALATION_KIT_CHART_WORKERS: "two" }, 4)).toBe(4);
  });
});
