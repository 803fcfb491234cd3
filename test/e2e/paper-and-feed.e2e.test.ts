/**
 * Away from a screen: printed pages and the feed. A printout says where it came from in
 * full when the site's address is configured (the site under /policies/ is built with
 * https://policies.example.org) and prints no bare path when it is not (the seeds' site);
 * a long protocol has a contents list; the feed parses as Atom, with no made-up date.
 * Reading pages run no JavaScript, so a printout gives the day the site was built, not
 * the day it was printed.
 */
import { parseAtomFeed } from "feedsmith";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getAreas } from "../../src/site/site-data.ts";
import { launchChromium } from "../support/chromium.ts";
import { readPdf } from "../support/pdf.ts";

const siteUrl = inject("siteUrl");
const basedUrl = inject("basedUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The page printed to A4 by Chromium, as text with its whitespace joined. */
async function printed(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pdf.text.replace(/\s+/g, " ");
}

describe("printed pages", () => {
  it("with the site's address: links and the page's foot give full addresses, the version and the day the site was built", async () => {
    const page = await browser.newPage();
    const text = await printed(page, `${basedUrl}/northshire/history/`);
    // Whole, though wrapped over lines in its table cell.
    expect(text.replace(/\s+/g, "")).toContain("(https://policies.example.org/policies/northshire/2024-06/changes/)");
    // The page it came from, and the permanent address of the version printed.
    expect(text.replace(/\s+/g, "")).toContain(
      "Printedfromhttps://policies.example.org/policies/northshire/history/(thisversion'spermanentaddress:https://policies.example.org/policies/northshire/2024-06/).",
    );
    expect(text).toMatch(
      /Escalation Policy, Northshire, version 2\.0\. This copy is of the site as built on \d{1,2} \w+ 20\d\d; check the address above for a newer version\./,
    );
    expect(text).not.toMatch(/\(\/policies\//);
    await page.close();
  });

  it("without it: no bare path after a link, and the foot gives the procedure and version", async () => {
    const page = await browser.newPage();
    const text = await printed(page, `${siteUrl}/slough/history/`);
    expect(text).not.toMatch(/\(\/slough\//);
    expect(text).not.toContain("Printed from");
    expect(text).toContain("Reviewing Service Escalation and Dispute Resolution Protocol, Slough, version undated.");
    await page.close();
  });

  it("a long protocol starts with a contents list whose every entry is a section of the page, in order", async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/slough/`);
    const contents = page.getByRole("navigation", { name: "Contents" });
    const targets = await contents.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
    const headings = await page.locator("main h2[id]").evaluateAll((hs) => hs.map((h) => h.id).filter((id) => id !== "contents-heading"));
    expect(targets).toEqual(headings.filter((id) => targets.includes(id)));
    // Every section heading of the page is listed (the banners' headings are not sections).
    expect(headings.filter((id) => !targets.includes(id) && !id.endsWith("-banner-title"))).toEqual([]);
    expect(targets).toContain("track-independent-chair-escalation");
    expect(targets.length).toBeGreaterThan(8);
    await page.close();
  });
});

describe("the feed", () => {
  it("parses as Atom, and an undated version says where its date comes from instead of 1 January 1970", async () => {
    const xml = await (await fetch(`${siteUrl}/feed.xml`)).text();
    const feed = parseAtomFeed(xml);
    const entries = feed.entries ?? [];
    expect(entries).toHaveLength(getAreas().reduce((n, a) => n + a.revisions.length, 0));
    expect(xml).not.toContain("1970-01-01");
    const slough = entries.find((e) => e.id === "urn:escalation-kit:slough:undated")!;
    expect(slough.updated).toMatch(/^20\d\d-\d\d-\d\dT00:00:00Z$/);
    expect(slough.summary?.value).toMatch(
      /The procedure gives no date: the date shown is when (it was added to this site|this site was built)\./,
    );
    // Newest first.
    const dates = entries.map((e) => e.updated!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
