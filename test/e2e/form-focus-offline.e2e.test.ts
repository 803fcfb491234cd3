/**
 * The escalation form used by keyboard and with the connection lost: focus goes where the
 * user's next step is after adding, removing and clearing, and the PDF is made with no
 * request once the page has loaded.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { openForm } from "../support/open-form.ts";
import { readPdf } from "../support/pdf.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requestsAfterLoad: string[] = [];

/** What has focus: its id, or its text for an element without one. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.id || el?.getAttribute("data-testid") || el?.textContent?.trim() || el?.tagName;
  });

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  requestsAfterLoad = await openForm(page, `${siteUrl}/solihull/form/`);
});

afterAll(async () => {
  await browser?.close();
});

describe("the form by keyboard", () => {
  it("moves focus to the new record's first question after 'Add the next stage', and to the add button after 'Remove'", async () => {
    await page.getByRole("button", { name: "Add the next stage" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("root_stages_1_stage");
    await page.getByRole("button", { name: "Remove stage record 2" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#root_stages_1_stage").count()).toBe(0);
    await expect.poll(focused).toBe("Add the next stage");
  });

  it("asks before clearing with focus on the question's first button, goes back on 'Keep my answers', and announces the clearing", async () => {
    await page.locator("#root_child_name").fill("Sam Example");
    await page.getByRole("button", { name: "Clear form" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("Yes, clear every answer");
    expect(await page.getByRole("group", { name: "Clear every answer on this page? This cannot be undone." }).count()).toBe(1);
    await page.getByRole("button", { name: "Keep my answers" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("Clear form");
    expect(await page.locator("#root_child_name").inputValue()).toBe("Sam Example");

    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("Yes, clear every answer");
    await page.keyboard.press("Enter");
    // The banner saying so takes focus, so a screen reader reads it.
    await expect.poll(focused).toBe("form-message");
    expect(await page.getByTestId("form-message").innerText()).toContain("The form has been cleared.");
    expect(await page.locator("#root_child_name").inputValue()).toBe("");
  });
});

describe("the PDF with the connection lost", () => {
  it("downloads a numbered, titled PDF offline, naming the child on every later page, with no request after load", async () => {
    await page.locator("#root_child_name").fill("Sam Example");
    await page.locator("#root_child_reference").fill("REF-9");
    // Enough words for a second page.
    await page
      .locator("#root_concern_description")
      .fill(Array.from({ length: 70 }, (_, i) => `Sentence ${i + 1} of the concern, in words.`).join("\n"));
    await context.setOffline(true);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download record (PDF)" }).click(),
    ]);
    const pdf = await readPdf(readFileSync((await download.path())!));
    await context.setOffline(false);

    expect(pdf.pages).toBeGreaterThan(1);
    pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pages}`));
    for (const later of pdf.pageTexts.slice(1)) expect(later).toContain("Sam Example, reference REF-9");
    expect(pdf.info.Title).toBe("Escalation record: Dispute Resolution / Escalation Procedures");
    expect(pdf.info.Language).toBe("en-GB");
    // A real date ("D:20261201…"), not "D:0NaN…".
    expect(String(pdf.info.CreationDate)).toMatch(/^D:20\d{12}/);
    expect(requestsAfterLoad).toEqual([]);
  });
});
