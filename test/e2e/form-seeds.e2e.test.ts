/**
 * Every seed policy's form, filled in with the keyboard in real Chromium: its own
 * stages, roles, categories, side actions and bank holidays, the due date it works out,
 * the error and filled states checked with axe, and the JSON and PDF it downloads.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { keepArtifact } from "../support/keep-artifact.ts";
import { readPdf } from "../support/pdf.ts";
import { domCspViolations, watchPage } from "../support/watch-page.ts";

const siteUrl = inject("siteUrl");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Scenario {
  readonly area: string;
  readonly raiser: { readonly role: string; readonly label: string };
  readonly recipient: { readonly role: string; readonly label: string };
  /**
   * The stage chosen and (part of) its name as the record shows it; `typed` when the
   * policy's stages were not seen, so the stage is written in words.
   */
  readonly stage: { readonly id: string; readonly label: string; readonly typed?: boolean };
  readonly dateRaised: readonly [day: string, month: string, year: string];
  readonly timeRaised?: string;
  /** Which bank holidays to pick, for policies that do not say which nation they belong to. */
  readonly bankHolidays?: string;
  readonly category?: string;
  /** What the respond-by line must say, worked out by hand from the policy and the calendar. */
  readonly due: string;
  readonly sideActionsShown: readonly string[];
  readonly sideActionsHidden: readonly string[];
}

const scenarios: readonly Scenario[] = [
  {
    area: "sandwell",
    raiser: { role: "iro", label: "Independent reviewing officer" },
    recipient: { role: "practitioners-and-managers", label: "Practitioners and managers" },
    // The briefing introduces a one-page procedure whose stages it does not contain.
    stage: { id: "Formal challenge", label: "Formal challenge", typed: true },
    dateRaised: ["3", "3", "2025"],
    due: "The policy's stages and their timescales were not available to us, so no date can be worked out",
    sideActionsShown: [],
    sideActionsHidden: [],
  },
  {
    area: "solihull",
    raiser: { role: "practitioner", label: "Practitioner" },
    recipient: { role: "line-manager", label: "Line manager" },
    stage: { id: "stage-2", label: "Stage 2" },
    // Tuesday 29 April 2025 + 5 working days, skipping the Early May bank holiday (Monday 5 May).
    dateRaised: ["29", "4", "2025"],
    due: "Wednesday, 7 May 2025",
    sideActionsShown: [],
    sideActionsHidden: ["notify-iro"],
  },
  {
    area: "slough",
    raiser: { role: "iro", label: "IRO" },
    recipient: { role: "atm", label: "Assistant Team Manager" },
    stage: { id: "stage-1", label: "Formal Stage One: Escalation to Assistant Team Manager (ATM)" },
    // Friday 22 December 2023 + 5 working days: Christmas, Boxing Day and New Year's Day skipped.
    dateRaised: ["22", "12", "2023"],
    category: "issue-care-plan",
    due: "Wednesday, 3 January 2024",
    sideActionsShown: ["refer-to-cafcass"],
    sideActionsHidden: [],
  },
  {
    area: "liquid-logic-authority",
    raiser: { role: "cp-chair", label: "Child Protection Chair" },
    recipient: { role: "line-manager", label: "Line manager" },
    // The briefing's escalation stages are in forms it does not contain.
    stage: { id: "Escalation to the team manager", label: "Escalation to the team manager", typed: true },
    dateRaised: ["1", "12", "2025"],
    bankHolidays: "scotland",
    category: "cp-drift-and-delay",
    due: "The policy's stages and their timescales were not available to us, so no date can be worked out",
    sideActionsShown: [],
    // Only for an IRO, once a stage is not resolved.
    sideActionsHidden: ["consider-cafcass-referral"],
  },
  {
    area: "lscb-chapter-2-3",
    raiser: { role: "practitioner", label: "Practitioner" },
    recipient: { role: "line-manager", label: "Line manager" },
    stage: { id: "stage-one", label: "Stage One: Preventing Disputes" },
    // Wednesday 24 December 2025 + 1 working day in England: Christmas, Boxing Day and the weekend skipped.
    dateRaised: ["24", "12", "2025"],
    bankHolidays: "england",
    category: "referral-threshold",
    due: "Monday, 29 December 2025",
    sideActionsShown: [],
    // The board chair is informed at stage four only.
    sideActionsHidden: ["inform-board-chair"],
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Focuses a field and types, as a keyboard user would after tabbing to it. */
async function typeInto(page: Page, id: string, text: string) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.type(text);
}

/** Arrow keys on a focused select move through its options, as a keyboard user does. */
async function chooseOption(page: Page, id: string, value: string) {
  const select = page.locator(`#${id}`);
  await select.focus();
  for (let i = 0; i < 30 && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  expect(await select.inputValue()).toBe(value);
}

async function tick(page: Page, name: string, value: string) {
  await page.locator(`input[name="${name}"][value="${value}"]`).focus();
  await page.keyboard.press("Space");
  expect(await page.locator(`input[name="${name}"][value="${value}"]`).isChecked()).toBe(true);
}

async function downloadText(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return readFileSync((await download.path())!);
}

/**
 * Downloads the draft, opens it again as a user would and downloads it once more: the
 * answers must come back unchanged, however unfinished the form is.
 */
async function roundTripDraft(page: Page): Promise<Record<string, unknown>> {
  const first = JSON.parse((await downloadText(page, "Download draft (JSON)")).toString("utf8")) as { data: Record<string, unknown> };
  await page
    .locator("#open-saved-form")
    .setInputFiles({ name: "draft.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(first)) });
  await expect.poll(() => page.getByTestId("form-message").innerText()).toContain("Opened draft.json");
  const again = JSON.parse((await downloadText(page, "Download draft (JSON)")).toString("utf8")) as { data: unknown };
  expect(again.data).toEqual(first.data);
  // The banner saying so takes focus once drawn: wait for that, or on a busy machine it
  // takes focus from the next question typed into, and the rest of the keys go to it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("form-message");
  expect(await page.getByTestId("form-message").innerText()).toContain("Draft downloaded");
  return first.data;
}

describe.each(scenarios)("the $area form", (scenario) => {
  let page: Page;
  let saved: { data: Record<string, unknown> } | undefined;

  beforeAll(async () => {
    const watched = await watchPage(browser, { width: 1024, height: 900 });
    page = watched.page;
    await page.goto(`${siteUrl}/${scenario.area}/form/`);
    await page.locator("#root_child_name").waitFor();
    await page.waitForLoadState("networkidle");
    // Checked once the page is in use: anything the island does wrong shows up here.
    afterAllChecks.push(async () => expect([...watched.cspViolations, ...(await domCspViolations(page)), ...watched.errors]).toEqual([]));
  });
  const afterAllChecks: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const check of afterAllChecks) await check();
    await page?.context().close();
  });

  it("opens its own empty draft again", async () => {
    const data = await roundTripDraft(page);
    expect(data.child ?? {}).toEqual({});
  });

  it("opens a draft with only the child's name again", async () => {
    await typeInto(page, "root_child_name", "Robin Example");
    expect(await roundTripDraft(page)).toMatchObject({ child: { name: "Robin Example" } });
    expect(await page.locator("#root_child_name").inputValue()).toBe("Robin Example");
  });

  it("reports the missing answers in a focused error summary, with no axe violation", async () => {
    await page.getByRole("button", { name: "Check your answers" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    const summary = await page.locator(".govuk-error-summary").innerText();
    expect(summary).toContain("Enter the name of the person raising the concern");
    expect(summary).toContain("Select the child's status");
    expect(await axe(page)).toEqual([]);
  });

  it("is filled in with the keyboard and works out the respond-by date from the policy", async () => {
    if (scenario.bankHolidays) await tick(page, "root_bankHolidays", scenario.bankHolidays);
    await typeInto(page, "root_child_reference", `REF-${scenario.area}`);
    await tick(page, "root_child_status", "child-in-need");
    if (await page.locator('input[name="root_child_imminentSignificantHarm"]').count())
      await tick(page, "root_child_imminentSignificantHarm", "no");
    await typeInto(page, "root_people_raiser_name", "Alex Raiser");
    await chooseOption(page, "root_people_raiser_role", scenario.raiser.role);
    await typeInto(page, "root_people_recipient_name", "Jo Recipient");
    await chooseOption(page, "root_people_recipient_role", scenario.recipient.role);
    if (scenario.category) await tick(page, "root_concern_category", scenario.category);
    await typeInto(page, "root_concern_description", `Disagreement under the ${scenario.area} procedure.`);
    await typeInto(page, "root_concern_outcomeSought", "A plan that keeps the child safe.");
    if (scenario.stage.typed) await typeInto(page, "root_stages_0_stage", scenario.stage.id);
    else {
      await chooseOption(page, "root_stages_0_stage", scenario.stage.id);
      await page.getByTestId("stage-guide-0").waitFor();
    }
    const [day, month, year] = scenario.dateRaised;
    await typeInto(page, "root_stages_0_dateRaised", day);
    await page.keyboard.press("Tab");
    await page.keyboard.type(month);
    await page.keyboard.press("Tab");
    await page.keyboard.type(year);
    await expect.poll(() => page.getByTestId("due-0").innerText()).toContain(scenario.due);
    // The record says the same as the panel, a date or why there is none.
    expect(await page.locator("#root_stages_0_respondBy").innerText()).toContain(scenario.due);

    for (const id of scenario.sideActionsShown) expect(await page.locator(`#root_sideActions_${id}_done`).count(), id).toBe(1);
    for (const id of scenario.sideActionsHidden) expect(await page.locator(`#root_sideActions_${id}_done`).count(), id).toBe(0);

    await page.getByRole("button", { name: "Check your answers" }).click();
    await page.getByTestId("check-answers").waitFor();
    expect(await page.locator(".govuk-error-summary").count()).toBe(0);
    expect(await page.getByTestId("check-answers").innerText()).toContain("Alex Raiser");
    expect(await axe(page)).toEqual([]);
    if (process.env.ESCALATION_KIT_E2E_ARTIFACTS) {
      keepArtifact(`${scenario.area}-check-answers.png`, await page.screenshot({ fullPage: true }));
      keepArtifact(`${scenario.area}-printed.pdf`, await page.pdf({ format: "A4" }));
    }
    await page.getByRole("button", { name: "Back to the form" }).click();
    await page.locator("#root_child_name").waitFor();
  });

  it("downloads JSON and PDF records with the answers and the due date", async () => {
    saved = JSON.parse((await downloadText(page, "Download draft (JSON)")).toString("utf8"));
    expect(saved).toMatchObject({ kind: "escalation-kit/form-draft", areaId: scenario.area });
    expect(saved!.data).toMatchObject({
      child: { name: "Robin Example", status: ["child-in-need"] },
      people: { raiser: { role: scenario.raiser.role }, recipient: { role: scenario.recipient.role } },
      stages: [
        {
          stage: scenario.stage.id,
          dateRaised: `${scenario.dateRaised[2]}-${scenario.dateRaised[1].padStart(2, "0")}-${scenario.dateRaised[0].padStart(2, "0")}`,
        },
      ],
    });
    const pdfFile = await downloadText(page, "Download record (PDF)");
    keepArtifact(`${scenario.area}-record.pdf`, pdfFile);
    const pdf = (await readPdf(pdfFile)).text.replace(/\s+/g, " ");
    const dateWords = new Date(
      Date.UTC(Number(scenario.dateRaised[2]), Number(scenario.dateRaised[1]) - 1, Number(scenario.dateRaised[0])),
    ).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    for (const answer of [
      "Robin Example",
      `REF-${scenario.area}`,
      "Alex Raiser",
      "Jo Recipient",
      scenario.raiser.label,
      scenario.recipient.label,
      `Disagreement under the ${scenario.area} procedure.`,
      scenario.stage.label,
      dateWords,
    ]) {
      expect(pdf).toContain(answer);
    }
    // The due date, or why there is none: never "not answered", as it is not the user's to give.
    expect(pdf).toContain(scenario.due);
    expect(await page.locator(".app-print-record").textContent()).toContain(scenario.due);
    // Actions the policy does not put at this point are not in the record either.
    const schema = (await (await fetch(`${siteUrl}/${scenario.area}/form.schema.json`)).json()) as {
      properties: { sideActions?: { properties: Record<string, { title: string }> } };
    };
    for (const id of scenario.sideActionsHidden) expect(pdf).not.toContain(schema.properties.sideActions!.properties[id]!.title);
  });

  it("opens the downloaded JSON after clearing and gets the same record back", async () => {
    await page.getByRole("button", { name: "Clear form" }).click();
    await page.getByRole("button", { name: "Yes, clear every answer" }).click();
    expect(await page.locator("#root_child_name").inputValue()).toBe("");
    await page
      .locator("#open-saved-form")
      .setInputFiles({ name: "draft.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(saved)) });
    await expect.poll(() => page.locator("#root_child_name").inputValue()).toBe("Robin Example");
    const again = JSON.parse((await downloadText(page, "Download draft (JSON)")).toString("utf8"));
    expect(again.data).toEqual(saved!.data);
  });
});

describe("policy conditions in the forms", () => {
  it("offers a CP chair only the CP chairs' categories, and an IRO only the IROs' (Liquid Logic authority)", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/liquid-logic-authority/form/`);
    await page.locator("#root_people_raiser_role").waitFor();
    const categories = () =>
      page.locator('input[name="root_concern_category"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await categories()).toContain("cp-drift-and-delay");
    expect(await categories()).toContain("iro-placement");
    const label = (value: string) =>
      page
        .locator(".govuk-radios__item", { has: page.locator(`input[value="${value}"]`) })
        .locator("label")
        .innerText();
    // With every list on screen, each option says which list it is from.
    expect(await label("cp-drift-and-delay")).toMatch(/^Issues that could arise: CP chairs: Drift and delay/);
    await page.locator("#root_people_raiser_role").selectOption("cp-chair");
    await expect.poll(categories).not.toContain("iro-placement");
    expect(await categories()).toContain("cp-drift-and-delay");
    // With one list left, it is named once under the question and the options are just the categories.
    expect(await label("cp-drift-and-delay")).toMatch(/^Drift and delay in the progress of the CP plan/);
    expect(await page.locator("#root_concern_category-hint").innerText()).toContain(
      'From the policy\'s list "Issues that could arise: CP chairs".',
    );
    expect(await categories()).toContain("other");
    await page.locator('input[name="root_concern_category"][value="cp-drift-and-delay"]').check();
    // Changing the raiser drops a category that no longer applies instead of hiding it.
    await page.locator("#root_people_raiser_role").selectOption("iro");
    await expect.poll(categories).toContain("iro-placement");
    expect(await categories()).not.toContain("cp-drift-and-delay");
    expect(await page.locator('input[name="root_concern_category"]:checked').count()).toBe(0);
    // The Cafcass referral is for an IRO once the concern is not resolved.
    expect(await page.locator("#root_sideActions_consider-cafcass-referral_done").count()).toBe(0);
    await page.locator('input[name="root_stages_0_outcome"][value="not-resolved"]').check();
    await page.locator("#root_sideActions_consider-cafcass-referral_done").waitFor();
    await page.context().close();
  });

  it("requires the reasons for a bypass that the policy says to record (Slough)", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/slough/form/`);
    await page.locator("#root_stages_0_bypass").waitFor();
    await page.locator("#root_stages_0_bypass").check();
    await page.getByRole("button", { name: "Check your answers" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Enter reasons for bypassing earlier stages");
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it("dates a stage by its own limit and never by another party's (LSCB chapter 2.3)", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/lscb-chapter-2-3/form/`);
    await page.locator("#root_stages_0_stage").waitFor();
    await page.locator('input[name="root_bankHolidays"][value="england"]').check();
    await page.locator("#root_stages_0_stage").selectOption("stage-one");
    await page.locator("#root_stages_0_dateRaised").fill("5");
    await page.locator("#root_stages_0_dateRaised-month").fill("12");
    await page.locator("#root_stages_0_dateRaised-year").fill("2025");
    // Friday 5 December 2025 + 1 working day, counted as "to be resolved".
    await expect.poll(() => page.getByTestId("due-0").innerText()).toContain("To be resolved by Monday, 8 December 2025");
    // Stage two's 24 hours are the line managers' time to escalate, not a reply due from anyone.
    await page.locator("#root_stages_0_stage").selectOption("stage-two");
    await expect
      .poll(() => page.getByTestId("due-0").innerText())
      .toContain("The policy gives no time for a reply or to complete this stage");
    expect(await page.getByTestId("due-0").innerText()).toContain("escalate within 24 hours");
    // Stage four brings in the action the policy puts there.
    await page.locator("#root_stages_0_stage").selectOption("stage-four");
    await page.locator("#root_sideActions_inform-board-chair_done").waitFor();
    await page.context().close();
  });

  it("can be worked through with Tab alone: every control is reached, each with a visible focus", async () => {
    const { page } = await watchPage(browser);
    await page.goto(`${siteUrl}/slough/form/`);
    await page.locator("#root_child_name").waitFor();
    const controls = await page
      .locator("main input:not([type=hidden]):not([type=radio]), main select, main textarea, main button")
      .evaluateAll((els) =>
        els
          .filter((e) => !(e as HTMLElement).closest(".govuk-visually-hidden") || (e as HTMLInputElement).type === "file")
          .map((e) => e.id || e.textContent?.trim() || ""),
      );
    expect(controls.length).toBeGreaterThan(20);
    const reached: string[] = [];
    // Enough presses to go round the whole page once.
    for (let i = 0; i < controls.length + 60; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // Radios, checkboxes and the file picker draw their focus on their label.
        const input = el as HTMLInputElement;
        const shown =
          input.type === "radio" || input.type === "checkbox"
            ? getComputedStyle(document.querySelector(`label[for="${el.id}"]`)!, "::before")
            : input.type === "file"
              ? getComputedStyle(el.nextElementSibling!)
              : getComputedStyle(el);
        const visible =
          shown.boxShadow !== "none" ||
          shown.backgroundColor === "rgb(255, 221, 0)" ||
          (shown.outlineStyle !== "none" && shown.outlineColor !== "rgba(0, 0, 0, 0)");
        return { key: el.id || el.textContent?.trim() || "", visible, inMain: Boolean(el.closest("main")) };
      });
      if (!focused?.inMain) continue;
      expect(focused.visible, `focus visible on ${focused.key}`).toBe(true);
      if (!reached.includes(focused.key)) reached.push(focused.key);
    }
    const radiosGroups = await page
      .locator("main input[type=radio]")
      .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
    for (const control of controls) expect(reached, `Tab reaches ${control}`).toContain(control);
    // One stop per radio group, as the arrow keys move within it.
    for (const group of radiosGroups)
      expect(
        reached.some((id) => id.startsWith(group)),
        `Tab reaches ${group}`,
      ).toBe(true);
    await page.context().close();
  });
});
