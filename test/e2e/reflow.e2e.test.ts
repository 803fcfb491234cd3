/**
 * WCAG 1.4.10 (reflow): on a phone, no page scrolls sideways. Every page the seeds and the
 * real-procedure fixtures build (home, search, comparison, developers, and each area's
 * protocol, flowchart, briefing, form, history and changes, current and permanent) is
 * opened at 320 and 390 px wide. A wide table may scroll inside its own labelled region;
 * the page itself may not.
 */
import { readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";

const pagesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's width beyond the screen's, with what sticks out, or null when it fits. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const scrolls = (e: Element) => ["auto", "scroll", "hidden"].includes(getComputedStyle(e).overflowX);
    const inScroller = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter(
      (e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !inScroller(e),
    );
    const leaves = wide.filter((e) => !wide.some((o) => o !== e && e.contains(o)));
    return `${root.scrollWidth} px wide: ${leaves
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`)
      .join(", ")}`;
  });

describe("reflow at phone widths", () => {
  for (const [name, url, dir] of [
    ["the seeds", inject("siteUrl"), inject("siteDir")],
    ["the real procedures and shapes", inject("realUrl"), inject("realDir")],
  ] as const) {
    it(`${name}: no page is wider than a 320 or 390 px screen`, async () => {
      const pages = pagesIn(dir);
      expect(pages.length).toBeGreaterThan(20);
      const failing: string[] = [];
      for (const width of [320, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        for (const path of pages) {
          await page.goto(`${url}${path}`);
          const wide = await overflow(page);
          if (wide) failing.push(`${width} px ${path}: ${wide}`);
        }
        await page.close();
      }
      expect(failing).toEqual([]);
    });
  }

  it("lets a wide table scroll in a named region that a keyboard can reach", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${inject("siteUrl")}/compare/`);
    const region = page.getByRole("region", { name: "Escalation procedures, sorted by area" });
    expect(await region.getAttribute("tabindex")).toBe("0");
    const [scrollWidth, clientWidth] = await region.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});
