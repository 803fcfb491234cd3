/**
 * The six real procedures of other areas and the format-2 shapes fixture, built as a site
 * and read in Chromium: each kind of absence, each doubt and each new shape is shown on
 * the pages that show its field, in words a reader understands, with no axe violation.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { watchPage } from "../support/watch-page.ts";

const siteUrl = inject("realUrl");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const areas = ["pan-sussex", "west-yorkshire", "wirral", "rotherham", "peterborough", "unnamed-la-alerts", "laddershire", "jointshire"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; text: string; problems: () => string[] }> {
  const watched = await watchPage(browser);
  const response = await watched.page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await watched.page.waitForLoadState("networkidle");
  const text = (await watched.page.locator("main").innerText()).replace(/\s+/g, " ");
  return { page: watched.page, text, problems: () => [...watched.cspViolations, ...watched.errors] };
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("every real procedure's pages", () => {
  for (const area of areas) {
    it(`${area}: protocol, flowchart, briefing, form and history load with no axe violation, error or CSP violation`, async () => {
      for (const page of ["", "flowchart/", "briefing/", "form/", "history/"]) {
        const opened = await open(`/${area}/${page}`);
        if (page === "form/") await opened.page.locator("#root_child_name").waitFor();
        expect(await axe(opened.page), `${area}/${page}`).toEqual([]);
        expect(opened.problems(), `${area}/${page}`).toEqual([]);
        // Nothing internal leaks to readers.
        expect(opened.text, `${area}/${page}`).not.toMatch(/\[object Object\]|undefined|not stated in the source/);
        await opened.page.context().close();
      }
    });
  }
});

describe("what format 2 says, as the pages say it", () => {
  it("tells not stated, not seen and doubts apart on the protocol page", async () => {
    const { page, text } = await open("/rotherham/");
    // A rewritten copy whose title was not visible.
    expect(text).toContain("not available to us: see the original");
    expect(await page.locator("[data-absence=not-seen]").count()).toBeGreaterThan(0);
    expect(await page.locator(".app-doubt--unclear").count()).toBeGreaterThan(0);
    expect(text).toContain("Our reading of an unclear passage");
    expect(text).toContain("Also pointed to");
    await page.context().close();
  });

  it("says a final stage is a report with no reply, on the protocol, the flowchart's text and the briefing", async () => {
    for (const path of ["/unnamed-la-alerts/", "/unnamed-la-alerts/flowchart/", "/unnamed-la-alerts/briefing/"]) {
      const { page, text } = await open(path);
      expect(text, path).toContain("A report: no reply is expected.");
      await page.context().close();
    }
  });

  it("shows a total that may be per step or for all steps as ambiguous (West Yorkshire)", async () => {
    const { page, text } = await open("/west-yorkshire/");
    expect(text).toContain("Overall time limit:");
    expect(text).toContain("the procedure could mean each stage or all of them together");
    await page.context().close();
  });

  it("words timescales as the procedures write them", async () => {
    const sussex = await open("/pan-sussex/");
    expect(sussex.text).toContain("within 1 working week");
    expect(sussex.text).toContain("or a shorter period if needed to protect the child, whichever is less");
    expect(sussex.text).toContain("without delay");
    expect(sussex.text).toContain("of the child protection conference meeting");
    await sussex.page.context().close();
    const peterborough = await open("/peterborough/");
    expect(peterborough.text).toContain("within a time agreed case by case");
    await peterborough.page.context().close();
    const ladder = await open("/laddershire/");
    expect(ladder.text).toContain("Repeated with the next manager up the line until the issue is resolved.");
    expect(ladder.text).toContain(
      "Expected to reply as soon as possible and in no more than 5 days (the procedure does not say working or calendar days)",
    );
    expect(ladder.text).toContain("within 48 hours (also given as 2 working days) of Stage 1 being raised");
    expect(ladder.text).toContain("What happens after this stage was not available to us: see the original.");
    expect(ladder.text).toContain("May involve");
    await ladder.page.context().close();
  });

  it("orders an undated revision after the one it supersedes and says its date is not known (Wirral)", async () => {
    const { page } = await open("/wirral/history/");
    expect(await page.getByTestId("revision-2020-01").innerText()).toContain("In force");
    expect(await page.getByTestId("revision-2015-09").innerText()).toContain("Superseded");
    // Newest first.
    const order = await page.locator("tr[data-testid]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")));
    expect(order).toEqual(["revision-2020-01", "revision-2015-09"]);
    await page.context().close();
    const current = await open("/wirral/");
    expect(current.text).toContain("In force from not available to us: see the original");
    await current.page.context().close();
  });

  it("asks how to count days the policy leaves unqualified, and dates the stage once answered (form)", async () => {
    const { page } = await open("/laddershire/form/");
    await page.locator("#root_child_name").waitFor();
    await page.locator("#root_stages_0_stage").selectOption("stage-1");
    await page.locator("#root_stages_0_dateRaised").fill("3");
    await page.locator("#root_stages_0_dateRaised-month").fill("1");
    await page.locator("#root_stages_0_dateRaised-year").fill("2025");
    await expect.poll(() => page.getByTestId("due-0").innerText()).toContain("without saying working or calendar days");
    await page.locator('input[name="root_daysCount"][value="working"]').check();
    // Friday 3 January 2025 + 5 working days.
    await expect.poll(() => page.getByTestId("due-0").innerText()).toContain("Reply due by Friday, 10 January 2025");
    expect(await page.getByTestId("due-0").innerText()).toContain("Days counted as working days, as chosen on this form.");
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it("publishes each kind of absence and every doubt in the policy JSON and the schema", async () => {
    const policy = await (await fetch(`${siteUrl}/rotherham/policy.json`)).text();
    expect(policy).toContain('"absent": "not-seen"');
    expect(policy).toContain('"absent": "not-stated"');
    expect(policy).toContain('"kind": "unclear"');
    const schema = await (await fetch(`${siteUrl}/schemas/policy.schema.json`)).text();
    expect(schema).toContain('"not seen"');
    expect(schema).toContain('"outsideSource"');
  });
});
