/**
 * The site deployed under a sub-path (ESCALATION_KIT_BASE=/policies/), served by a host
 * that answers nothing outside it: every link, asset and export must carry the base, and
 * the form must still load its scripts. The site also holds Southvale, an area whose only
 * revision has not come into force, which must say so rather than claim a version applies.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { domCspViolations, watchPage } from "../support/watch-page.ts";
import { parseAtomFeed } from "feedsmith";

const basedUrl = inject("basedUrl");
const origin = new URL(basedUrl).origin;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Every address in a page or stylesheet: href, src, action, srcset and CSS url(). */
function addressesIn(text: string): string[] {
  const found = [
    ...[...text.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => m[1]!.split(",").map((part) => part.trim().split(/\s+/)[0]!)),
    ...[...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!),
  ];
  return found.map((a) => a.replaceAll("&amp;", "&"));
}

describe("a site built under a base path", () => {
  it("links only to addresses under the base, and every one of them is there", async () => {
    const seen = new Set<string>();
    const queue = ["/policies/"];
    const broken: string[] = [];
    const outside: string[] = [];
    while (queue.length > 0) {
      const address = queue.shift()!;
      if (seen.has(address)) continue;
      seen.add(address);
      const response = await fetch(`${origin}${address}`);
      if (response.status !== 200) {
        broken.push(`${address} ${response.status}`);
        continue;
      }
      const type = response.headers.get("content-type") ?? "";
      if (!/html|css|xml/.test(type)) continue;
      for (const found of addressesIn(await response.text())) {
        // Resolved as the browser would, so a relative link that climbs out of the base is caught too.
        // A full address on the site's configured origin (the feed's) is followed here.
        const url = new URL(found.replace(/^https:\/\/policies\.example\.org\//, `${origin}/`), `${origin}${address}`);
        if (url.protocol === "mailto:" || url.protocol === "tel:" || url.protocol === "data:") continue;
        if (url.origin !== origin || !url.pathname.startsWith("/policies/")) outside.push(`${found} (on ${address})`);
        else queue.push(url.pathname);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    // Both areas, every revision's pages and the exports were reached by following links.
    for (const address of [
      "/policies/northshire/2023-01/changes/",
      "/policies/southvale/2099-01/form/",
      "/policies/feed.xml",
      "/policies/schemas/policy.schema.json",
    ]) {
      expect(seen).toContain(address);
    }
    expect(seen.size).toBeGreaterThan(60);
  });

  it("gives the feed full addresses under the base, from the configured site address", async () => {
    const feed = parseAtomFeed(await (await fetch(`${basedUrl}/feed.xml`)).text());
    const hrefs = [...(feed.links ?? []), ...(feed.entries ?? []).flatMap((e) => e.links ?? [])].map((l) => l.href);
    expect(hrefs).toContain("https://policies.example.org/policies/northshire/2024-06/changes/");
    expect(hrefs.length).toBeGreaterThan(4);
    expect(hrefs.filter((h) => !h?.startsWith("https://policies.example.org/policies/"))).toEqual([]);
  });

  it("runs the form from its scripts under the base, asking for nothing outside it", async () => {
    const watched = await watchPage(browser);
    const { page } = watched;
    await page.goto(`${basedUrl}/northshire/form/`);
    await page.getByRole("button", { name: "Check your answers" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").isVisible()).toBe(true);
    expect(watched.requests.filter((url) => !url.startsWith(`${basedUrl}/`))).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(await domCspViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("an area with no revision in force yet", () => {
  it("says when its first version comes into force, and not that another applies", async () => {
    const watched = await watchPage(browser);
    const { page } = watched;
    await page.goto(`${basedUrl}/southvale/`);
    const banner = (await page.getByTestId("upcoming-banner").innerText()).replace(/\s+/g, " ");
    expect(banner).toContain("Version 1.0 comes into force on 4 January 2099.");
    expect(banner).not.toContain("Until then");
    await page.goto(`${basedUrl}/southvale/history/`);
    expect((await page.locator("main").innerText()).replace(/\s+/g, " ")).toContain("Version 1.0 Coming into force 4 January 2099");
    // Where areas are listed side by side, it is not counted as in force either.
    const area = async (url: string, selector: string) => {
      await page.goto(url);
      return (await page.locator(selector).innerText()).replace(/\s+/g, " ");
    };
    expect(await area(`${basedUrl}/`, '.govuk-summary-card[data-area="southvale"]')).toContain(
      "None yet. Version 1.0 from 4 January 2099.",
    );
    expect(await area(`${basedUrl}/compare/`, 'tr[data-area="southvale"]')).toContain("version 1.0, not in force until 4 January 2099");

    await page.context().close();
  });
});
