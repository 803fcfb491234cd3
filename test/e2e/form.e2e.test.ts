import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { openForm } from "../support/open-form.ts";
import { readPdf } from "../support/pdf.ts";
import { domCspViolations, watchPage, type WatchedPage } from "../support/watch-page.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;
let watched: WatchedPage;
let page: Page;
let requestsAfterLoad: string[] = [];
let savedJson = "";

/** Records every write to web storage, so "nothing stored" is observed, not assumed. */
async function instrumentStorage(p: Page) {
  await p.addInitScript(() => {
    const writes: string[] = ((window as unknown as { __writes: string[] }).__writes = []);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`storage:${key}`);
      return original.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
    Object.defineProperty(document, "cookie", {
      get: () => cookie.get!.call(document),
      set: (v: string) => {
        writes.push(`cookie:${v}`);
        cookie.set!.call(document, v);
      },
    });
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      writes.push(`indexeddb:${name}`);
      return open(name, version);
    };
  });
}

const axe = async () =>
  (await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

beforeAll(async () => {
  browser = await launchChromium();
  watched = await watchPage(browser, { width: 1024, height: 900 });
  page = watched.page;
  await instrumentStorage(page);
  requestsAfterLoad = await openForm(page, `${siteUrl}/solihull/form/`);
});

afterAll(async () => {
  await browser?.close();
});

describe("the Solihull escalation form", () => {
  it("loads its island and validator from this site only, with no CSP violation and no axe violation when empty", async () => {
    expect(watched.requests.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
    expect(watched.requests.some((url) => url.endsWith("/solihull/form-validator.js"))).toBe(true);
    expect([...watched.cspViolations, ...(await domCspViolations(page)), ...watched.errors]).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await axe()).toEqual([]);
  });

  it("ships Preact's production build, and no React, as npm run build makes it", () => {
    const chunks = readdirSync(path.join(siteDir, "_astro")).filter((f) => f.endsWith(".js"));
    expect(chunks.length).toBeGreaterThan(2);
    const text = chunks.map((f) => readFileSync(path.join(siteDir, "_astro", f), "utf8"));
    // preact/debug's own warning: in a chunk only when the development build is bundled.
    expect(text.filter((t) => t.includes("Undefined component passed to createElement"))).toEqual([]);
    // React's development build, or React at all, would bring these.
    expect(text.filter((t) => t.includes("Download the React DevTools") || t.includes("react-dom.production"))).toEqual([]);
  });

  it("shows real validation errors in a focused error summary that links to each field", async () => {
    await page.getByRole("button", { name: "Check your answers" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    const text = await summary.innerText();
    expect(text).toContain("Enter child's name");
    expect(text).toContain("Select the child's status");
    expect(text).not.toMatch(/eval|unsafe|Function/i);
    expect(await axe()).toEqual([]);
    await summary.getByRole("link", { name: "Enter child's name" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("root_child_name");
  });

  it("can be filled with the keyboard, shows the IRO notice and the emergency route when they apply, and works out the due date", async () => {
    const k = page.keyboard;
    await page.locator("#root_child_name").focus();
    await k.type("Sam Example");
    await page.locator('input[name="root_child_status"][value="looked-after"]').focus();
    await k.press("Space");
    await page.getByTestId("notice-notify-iro").waitFor();
    expect(await page.getByTestId("notice-notify-iro").innerText()).toContain("CPRU@solihull.gov.uk");

    await page.locator("#root_child_imminentSignificantHarm").focus();
    await k.press("Space");
    await page.getByRole("heading", { name: "Stop: follow the emergency route now" }).waitFor();
    expect(await page.locator("#root_concern_description").count()).toBe(0);
    // Nothing of the questions it removed is left behind: no hint or label without its question.
    const orphans = await page
      .locator(".app-form form .govuk-hint, .app-form form label")
      .evaluateAll((els) =>
        els
          .filter(
            (el) =>
              !el.closest(".govuk-radios, .govuk-checkboxes") && !el.closest(".govuk-form-group")?.querySelector("input, select, textarea"),
          )
          .map((el) => el.textContent),
      );
    expect(orphans).toEqual([]);
    await k.press("ArrowRight"); // to "No"
    await page.locator("#root_concern_description").waitFor();

    await page.locator("#root_concern_description").focus();
    await k.type("The referral was refused although the child is at risk.");
    await page.locator("#root_concern_outcomeSought").focus();
    await k.type("An assessment this week.");
    await page.locator("#root_people_raiser_name").focus();
    await k.type("Alex Raiser");
    await page.locator("#root_people_raiser_role").selectOption("practitioner");
    await page.locator("#root_people_recipient_name").focus();
    await k.type("Jo Recipient");
    await page.locator("#root_people_recipient_role").selectOption("line-manager");
    await page.locator("#root_stages_0_stage").selectOption("stage-1");
    await page.locator("#root_stages_0_dateRaised").focus();
    await k.type("16");
    await k.press("Tab");
    await k.type("9");
    await k.press("Tab");
    await k.type("2022");
    // 5 working days from Friday 16 September 2022 skips the Queen's funeral on the 19th.
    await expect.poll(() => page.getByTestId("due-0").innerText()).toContain("Monday, 26 September 2022");
    expect(await page.getByTestId("due-0").innerText()).toContain("Overdue");
    // Why that date: the days it left out, the bank holiday by name.
    expect(await page.getByTestId("due-why-0").innerText()).toContain(
      "5 working days from Friday, 16 September 2022, the day this stage was raised, not counting that day. Not counted: the weekend of 17 and 18 September 2022; Monday, 19 September 2022, a bank holiday (Queen Elizabeth's Funeral Day)",
    );

    await page.getByRole("button", { name: "Check your answers" }).click();
    const heading = page.getByRole("heading", { name: "Check your answers before you download the record" });
    await heading.waitFor();
    expect(await page.locator(".govuk-error-summary").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Check your answers before you download the record");
    expect(await axe()).toEqual([]);
  });

  it("checks the answers: each Change link goes to its question, and the form's button comes back to the answers", async () => {
    const answers = page.getByTestId("check-answers");
    expect(await answers.innerText()).toContain("Sam Example");
    // What the form worked out is there, with no Change link: it is not the user's to change.
    expect(await answers.innerText()).toContain("How the respond-by date was counted");
    expect(await page.locator('[data-change-path="stages.0.respondBy"]').count()).toBe(0);
    await page.locator('[data-change-path="concern.outcomeSought"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("root_concern_outcomeSought");
    expect(await page.getByTestId("check-answers").count()).toBe(0);
    await page.locator("#root_concern_outcomeSought").fill("An assessment by Friday.\nA plan by the end of the month.");
    await page.getByRole("button", { name: "Back to check your answers" }).click();
    await answers.waitFor();
    // Both paragraphs, each on a line of its own.
    expect(await answers.innerText()).toContain("An assessment by Friday.\nA plan by the end of the month.");
    // Back on the answer just changed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-change-path"))).toBe("concern.outcomeSought");
    expect(await axe()).toEqual([]);
    await page.getByRole("button", { name: "Back to the form" }).click();
    await page.locator("#root_child_name").waitFor();
  });

  it("downloads the draft as JSON naming the area, policy, revision and schema version", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download draft (JSON)" }).click(),
    ]);
    savedJson = readFileSync((await download.path())!, "utf8");
    const file = JSON.parse(savedJson);
    expect(file).toMatchObject({
      kind: "escalation-kit/form-draft",
      areaId: "solihull",
      policyId: "solihull/2017-04",
      revisionId: "2017-04",
      schemaVersion: 1,
    });
    expect(file.data.child).toEqual({ name: "Sam Example", status: ["looked-after"], imminentSignificantHarm: "no" });
    expect(file.data.stages[0]).toMatchObject({ stage: "stage-1", dateRaised: "2022-09-16", respondBy: "Monday, 26 September 2022" });
  });

  it("downloads a real PDF with the answers, due date, policy and time generated", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download record (PDF)" }).click(),
    ]);
    const pdf = await readPdf(readFileSync((await download.path())!));
    const text = pdf.text.replace(/\s+/g, " ");
    for (const expected of [
      "Escalation record: Dispute Resolution / Escalation Procedures",
      "Solihull",
      "2017-04",
      "Sam Example",
      "Looked after",
      "The referral was refused",
      "Monday, 26 September 2022",
      "How the respond-by date was counted",
      "a bank holiday (Queen Elizabeth's Funeral Day)",
      "Generated",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("prints the answers as a record, without the form's boxes and buttons", async () => {
    const printed = await readPdf(await page.pdf({ format: "A4" }));
    const text = printed.text.replace(/\s+/g, " ");
    for (const expected of [
      "Record as filled in",
      "Sam Example",
      "Looked after",
      "The referral was refused",
      "16 September 2022",
      "Monday, 26 September 2022",
      "How the respond-by date was counted",
      "a bank holiday (Queen Elizabeth's Funeral Day)",
      "Printed",
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of ["Download draft", "Open a saved form", "Check your answers", "characters remaining"])
      expect(text).not.toContain(absent);
  });

  it("keeps the form when a bad, tampered or other-area file is opened", async () => {
    const input = page.locator("#open-saved-form");
    const bad = [
      { name: "notes.json", buffer: Buffer.from("{ not json"), expect: "not valid JSON" },
      {
        name: "tampered.json",
        buffer: Buffer.from(savedJson.replace('"stage": "stage-1"', '"stage": "stage-99"')),
        expect: "cannot give",
      },
      { name: "other.json", buffer: Buffer.from(savedJson.replace('"areaId": "solihull"', '"areaId": "slough"')), expect: "another area" },
      { name: "huge.json", buffer: Buffer.alloc(2_500_000, 32), expect: "too large" },
      {
        // An answer nested 2,000 levels deep under a name the form does not use: rjsf overflowed the stack drawing it.
        name: "deep.json",
        buffer: Buffer.from(savedJson.replace('"child": {', `"child": { "extra": ${'{"a":'.repeat(2000)}1${"}".repeat(2000)},`)),
        expect: "About the child: extra: not a question on this form",
      },
      {
        name: "unknown-revision.json",
        buffer: Buffer.from(savedJson.replace('"revisionId": "2017-04"', '"revisionId": "1999-01"')),
        expect: "does not have",
      },
      {
        name: "misshapen.json",
        buffer: Buffer.from(savedJson.replace(/"stages": \[[\s\S]*?\n    \]/, '"stages": "abc"')),
        expect: "not shaped",
      },
    ];
    for (const file of bad) {
      await input.setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.buffer });
      const message = page.getByTestId("form-message");
      await expect.poll(() => message.innerText()).toContain(file.expect);
      expect(await message.innerText()).toContain("have not been changed");
      expect(await page.locator("#root_child_name").inputValue()).toBe("Sam Example");
    }
  });

  it("clears the form on request, then reopens the saved JSON with the same data", async () => {
    await page.getByRole("button", { name: "Clear form" }).click();
    await page.getByRole("button", { name: "Yes, clear every answer" }).click();
    expect(await page.locator("#root_child_name").inputValue()).toBe("");
    await page
      .locator("#open-saved-form")
      .setInputFiles({ name: "draft.json", mimeType: "application/json", buffer: Buffer.from(savedJson) });
    await expect.poll(() => page.locator("#root_child_name").inputValue()).toBe("Sam Example");
    expect(await page.locator("#root_concern_description").inputValue()).toBe("The referral was refused although the child is at risk.");
    expect(await page.getByTestId("due-0").innerText()).toContain("Monday, 26 September 2022");
  });

  it("keeps the answers and says what happened if drawing the form ever fails", async () => {
    // Broken on purpose: the date words the respond-by line needs now throw. The form's
    // date formatters are made once, when it loads, so their shared `format` is broken.
    await page.evaluate(() => {
      const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, "format")!;
      (window as unknown as { restoreDates: () => void }).restoreDates = () =>
        Object.defineProperty(Intl.DateTimeFormat.prototype, "format", original);
      Object.defineProperty(Intl.DateTimeFormat.prototype, "format", {
        configurable: true,
        get: () => () => {
          throw new Error("broken on purpose");
        },
      });
    });
    await page.locator("#root_stages_0_dateRaised").fill("19");
    const failed = page.getByTestId("form-failed");
    await failed.waitFor();
    expect(await failed.innerText()).toContain("Your answers have been kept");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("form-failed");
    expect(await axe()).toEqual([]);
    await page.evaluate(() => (window as unknown as { restoreDates: () => void }).restoreDates());

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download your answers (JSON)" }).click(),
    ]);
    const kept = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(kept).toMatchObject({ kind: "escalation-kit/form-draft", areaId: "solihull" });
    expect(kept.data.child.name).toBe("Sam Example");
    expect(kept.data.stages[0].dateRaised).toBe("2022-09-19");

    await page.getByRole("button", { name: "Show the form again" }).click();
    await expect.poll(() => page.locator("#root_child_name").inputValue()).toBe("Sam Example");
    expect(await page.locator("#root_stages_0_dateRaised").inputValue()).toBe("19");
    expect(await page.getByTestId("due-0").innerText()).toContain("2022");
  });

  it("made no request after loading (the PDF maker included: it is fetched as the form loads), and stored nothing", async () => {
    expect(requestsAfterLoad).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes)).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  });

  it("warns before leaving with unsaved changes", async () => {
    await page.locator("#root_child_reference").fill("REF-1");
    let sawWarning = false;
    page.on("dialog", async (dialog) => {
      sawWarning = dialog.type() === "beforeunload";
      await dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => sawWarning).toBe(true);
  });
});
