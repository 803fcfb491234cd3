import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getAreas } from "../../src/site/site-data.ts";
import { buildSite } from "../support/build-site.ts";
import { launchChromium } from "../support/chromium.ts";
import { readPdf } from "../support/pdf.ts";
import { domCspViolations, watchPage } from "../support/watch-page.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");
const injectionUrl = inject("injectionUrl");
const fallbackUrl = inject("fallbackUrl");

const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".html"))
  .map((f) => `/${f.replace(/index\.html$/, "")}`)
  .sort();
const areaIds = getAreas().map((a) => a.id);
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("every page of the built site", () => {
  it("builds a protocol, flowchart and briefing page for each seed area, an index and a search page", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/search/");
    for (const area of areaIds) for (const page of ["", "flowchart/", "briefing/", "form/"]) expect(pages).toContain(`/${area}/${page}`);
  });

  // Only search (Pagefind) and the form (its island) may run JavaScript.
  const scripted = (p: string) => p === "/search/" || p.endsWith("/form/");
  for (const pagePath of pages) {
    it(`${pagePath}: no axe violations, no CSP violations, no request to another origin${scripted(pagePath) ? "" : ", no JavaScript"}`, async () => {
      const { page, requests, cspViolations, errors } = await watchPage(browser);
      const response = await page.goto(siteUrl + pagePath);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect([...cspViolations, ...(await domCspViolations(page))]).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(siteUrl) && !url.startsWith("data:"))).toEqual([]);
      expect(errors).toEqual([]);
      if (!scripted(pagePath)) {
        expect(requests.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
        expect(await page.locator("script").count()).toBe(0);
      }
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("'unsafe-eval'");
      await page.context().close();
    });
  }
});

describe("reading and printing", () => {
  for (const area of areaIds) {
    it(`${area}: the briefing prints on exactly one A4 page`, async () => {
      const { page } = await watchPage(browser);
      await page.goto(`${siteUrl}/${area}/briefing/`);
      const pdf = await readPdf(await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true }));
      expect(pdf.pages).toBe(1);
      expect(pdf.firstPageSize).toEqual([595, 842]);
      // No navigation chrome in print.
      expect(pdf.text).not.toContain("Skip to main content");
      expect(pdf.text).not.toContain("Search");
      await page.context().close();
    });

    it(`${area}: the flowchart prints on A4 with its image and steps, without navigation`, async () => {
      const { page } = await watchPage(browser);
      await page.goto(`${siteUrl}/${area}/flowchart/`);
      const images = page.locator(".app-flowchart img");
      expect(await images.count()).toBeGreaterThan(0);
      for (const image of await images.all())
        expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const [width, height] = pdf.firstPageSize;
      expect([width, height].sort((a, b) => a - b)).toEqual([595, 842]);
      expect(pdf.text).toContain("The steps in order");
      expect(pdf.text).not.toContain("Skip to main content");
      await page.context().close();
    });
  }

  it("says honestly where the source is silent, where it was not seen and where it is doubted, and warns when a review is overdue", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/solihull/`);
    // Who raises each stage is in a flowchart the text links to, which was not available.
    await expect(page.locator("#stage-stage-1").getByText("not available to us: see the original").first().isVisible()).resolves.toBe(true);
    expect(await page.locator("#stage-stage-1 [data-absence=not-seen]").count()).toBeGreaterThan(0);
    await expect(page.locator(".govuk-warning-text").getByText("not stated in the procedure").first().isVisible()).resolves.toBe(true);
    // The nation is not in the procedure: the page says where it comes from.
    await expect(page.getByText("From outside the procedure (the nation)").first().isVisible()).resolves.toBe(true);
    await expect(page.locator("#stage-stage-2 .app-doubt--unclear").first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Review overdue" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("CPRU@solihull.gov.uk").first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("can be used with the keyboard: the first Tab reaches the skip link, which moves focus to the content", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/slough/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    // Following the link to #main-content is applied after the key press returns: wait for it.
    await expect.poll(() => page.url()).toMatch(/#main-content$/);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(focused).toBe(true);
    await page.context().close();
  });

  it("offers the flowchart as SVG and mermaid source downloads, and the SVG carries no script", async () => {
    // One chart per procedure: Slough has two.
    for (const track of ["independent-chair-escalation", "concerns-about-independent-chair"]) {
      const svg = await (await fetch(`${siteUrl}/slough/flowchart-${track}.svg`)).text();
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).not.toMatch(/<script/i);
      const source = await (await fetch(`${siteUrl}/slough/flowchart-${track}.mmd`)).text();
      expect(source).toMatch(new RegExp(`^%% Flowchart of slough/undated, procedure ${track}`));
    }
  });

  it("names each area's procedure, flowchart, briefing and form on the home page, with links that say which area", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/`);
    for (const area of getAreas()) {
      const name = area.current.area.displayName;
      for (const [text, href] of [
        ["Procedure", `/${area.id}/`],
        ["Flowchart", `/${area.id}/flowchart/`],
        ["Briefing", `/${area.id}/briefing/`],
        ["Escalation form", `/${area.id}/form/`],
      ])
        expect(await page.getByRole("link", { name: `${text} for ${name}`, exact: true }).getAttribute("href")).toBe(href);
    }
    // No two links with the same name go to different places.
    const links = await page.locator("main a").evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute("href")] as const));
    const byName = new Map<string, Set<string | null>>();
    for (const [text, href] of links) byName.set(text, (byName.get(text) ?? new Set()).add(href));
    expect([...byName].filter(([, hrefs]) => hrefs.size > 1).map(([text]) => text)).toEqual([]);
    await page.context().close();
  });

  it("finds text in every area with the self-hosted search", async () => {
    const { page, requests } = await watchPage(browser);
    await page.goto(`${siteUrl}/search/`);
    // A visible label, not a placeholder.
    await page.getByLabel("Search the procedures").fill("Cafcass");
    await page.locator(".app-search-result").first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole("status").innerText()).toMatch(/^\d+ pages? found for “Cafcass”/);
    const results = await page.locator(".app-search-result").evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector("h2")!.textContent!,
        where: li.querySelector(".app-search-result__where")!.textContent!,
        snippet: li.querySelector(".app-search-result__snippet")!.textContent!,
      })),
    );
    const names = getAreas().map((a) => a.current.area.displayName);
    const kinds = ["Protocol", "Flowchart", "One-page briefing", "Escalation form", "Version history", "What changed"];
    for (const r of results) {
      // Each says its area and kind of page ("Slough: One-page briefing"), the procedure and version, and real text.
      expect(
        names.some((n) => kinds.some((k) => r.title === `${n}: ${k}`)),
        r.title,
      ).toBe(true);
      expect(r.where).toMatch(/, version /);
      expect(r.snippet).toMatch(/cafcass/i);
      expect(r.snippet).not.toMatch(/not answered|Done/);
    }
    // No two results with the same title: a protocol and its briefing are told apart.
    expect(new Set(results.map((r) => r.title)).size).toBe(results.length);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    expect(requests.every((url) => url.startsWith(siteUrl) || url.startsWith("data:"))).toBe(true);
    // The query in the address runs the search, so a search can be shared.
    await page.goto(`${siteUrl}/search/?q=IRO`);
    await page.locator(".app-search-result").first().waitFor({ timeout: 10_000 });
    expect(await page.getByLabel("Search the procedures").inputValue()).toBe("IRO");
    await page.context().close();
  });

  it("writes a _headers file with each page's policy and frame-ancestors", () => {
    const headers = readFileSync(path.join(siteDir, "_headers"), "utf8");
    expect(headers).toMatch(/^\/slough\/flowchart\/\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^\/search\/\n {2}Content-Security-Policy: .*'wasm-unsafe-eval'/m);
  });
});

describe("policy text that tries to inject markup", () => {
  const nasty = "<script>alert(1)</script>";

  for (const pagePath of ["/injection/", "/injection/flowchart/", "/injection/briefing/"]) {
    it(`${pagePath} shows it as text and runs nothing`, async () => {
      const { page, cspViolations, errors } = await watchPage(browser);
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await page.goto(injectionUrl + pagePath);
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.locator("main").innerText()).toContain(nasty);
      expect(dialogs).toBe(0);
      expect([...cspViolations, ...errors]).toEqual([]);
      await page.context().close();
    });
  }

  // Pages with scripts of their own (the form) or none at all: the text still shows as text.
  for (const pagePath of ["/injection/form/", "/injection/history/", "/compare/", "/"]) {
    it(`${pagePath} shows it as text and runs nothing of the policy's`, async () => {
      const { page, cspViolations, errors } = await watchPage(browser);
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await page.goto(injectionUrl + pagePath);
      await page.waitForLoadState("networkidle");
      expect(`${await page.title()} ${await page.locator("main").innerText()}`).toContain(nasty);
      // No script element came from the policy: every one is the site's own module or island bootstrap.
      expect(await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent?.includes("alert(1)")).length)).toBe(0);
      expect(dialogs).toBe(0);
      expect([...cspViolations, ...errors]).toEqual([]);
      await page.context().close();
    });
  }

  it("/feed.xml escapes it and stays well-formed XML", async () => {
    const feed = await (await fetch(`${injectionUrl}/feed.xml`)).text();
    expect(feed).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(feed).not.toContain(nasty);
    const { page } = await watchPage(browser);
    await page.goto(injectionUrl);
    expect(
      await page.evaluate(
        (xml) => new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("parsererror").length,
        feed,
      ),
    ).toBe(0);
    await page.context().close();
  });
});

describe("a site built where no browser could render the flowcharts", () => {
  it("draws the chart in the reader's browser from the self-hosted mermaid, with no other origin and no CSP violation", async () => {
    const { page, requests, cspViolations, errors } = await watchPage(browser);
    await page.goto(`${fallbackUrl}/slough/flowchart/`);
    // Slough has two procedures, so two charts, each drawn in its own figure.
    await expect.poll(() => page.locator('pre.mermaid svg[aria-roledescription="flowchart-v2"]').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.locator("pre.mermaid svg .node").count()).toBeGreaterThan(5);
    expect(requests.some((url) => url.endsWith("/vendor/mermaid.min.js"))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(fallbackUrl) && !url.startsWith("data:"))).toEqual([]);
    expect([...cspViolations, ...(await domCspViolations(page)), ...errors]).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toMatch(/script-src 'self'/);
    await page.context().close();
  });

  it("keeps every other page free of JavaScript", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${fallbackUrl}/slough/`);
    expect(await page.locator("script").count()).toBe(0);
    await page.context().close();
  });
});

describe("a build that fails", () => {
  it("prints every policy error as file:line:col and leaves the previous output untouched", () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), "escalation-kit-failed-")), "dist");
    const previous = buildSite(outDir, { ESCALATION_KIT_POLICIES: "test/fixtures/valid", ESCALATION_KIT_SITE_URL: "" });
    expect(previous.status).toBe(0);
    // Built without the site's address: it says what that costs, and still builds.
    expect(previous.output).toContain("Warning: ESCALATION_KIT_SITE_URL is not set");
    writeFileSync(path.join(outDir, "marker.txt"), "from the previous build");
    const before = readdirSync(outDir, { recursive: true }).sort();

    const failed = buildSite(outDir, { ESCALATION_KIT_POLICIES: "test/fixtures/invalid" });
    expect(failed.status).toBe(1);
    expect(failed.output).toContain("test/fixtures/invalid/policy-unknown-unit.yaml:53:19 error POLICY_UNKNOWN_UNIT");
    expect(failed.output).toContain("The previous dist/ was left untouched.");
    expect(failed.output).not.toMatch(/\n\s+at .+\.(ts|js|mjs):\d+:\d+/);
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(path.join(outDir, "marker.txt"), "utf8")).toBe("from the previous build");
    expect(readdirSync(path.dirname(outDir)).sort()).toEqual(["dist", "dist.builds"]);
    expect(existsSync(path.join(outDir, "minimal", "index.html"))).toBe(true);
  });
});
