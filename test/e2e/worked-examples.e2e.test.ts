/** A policy's worked examples read on its protocol page, in words, and pass axe. */
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("worked examples on the protocol page", () => {
  it("shows each example's record and what the form works out for it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject("siteUrl")}/solihull/`);
    await page.getByRole("heading", { name: "Worked examples", level: 2 }).waitFor();
    const first = page.getByTestId("example-1");
    expect(await first.getByRole("heading").innerText()).toBe(
      "Example 1: A looked-after child's escalation raised the Friday before Christmas",
    );
    const text = await first.innerText();
    for (const part of [
      "Raised on",
      "Friday, 19 December 2025",
      "Respond by Tuesday, 30 December 2025.",
      "The form shows: Notify the child's Independent Reviewing Officer.",
    ])
      expect(text).toContain(part);
    expect(await page.getByTestId("example-2").innerText()).toContain("The form stops and points to the emergency route.");
    const axe = await new AxeBuilder({ page })
      .include("#examples ~ section")
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
