/**
 * The flow shapes of format 2, part 2, as the built site of the real procedures says
 * them: each shape on the protocol page, the flowchart and its text twin, the briefing
 * and the form, read in Chromium.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { watchPage } from "../support/watch-page.ts";

const siteUrl = inject("realUrl");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; text: string }> {
  const { page } = await watchPage(browser);
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  return { page, text: (await page.locator("main").innerText()).replace(/\s+/g, " ") };
}

describe("transitions: no reply, who judges resolved, other outcomes", () => {
  it("shows 'no reply within the timescale' as a way on of its own on the protocol page, with who judges each stage resolved", async () => {
    const { page, text } = await open("/unnamed-la-alerts/");
    const stage1 = (await page.locator("#stage-stage-1").innerText()).replace(/\s+/g, " ");
    expect(stage1).toContain("Not resolved: The CPC/IRO is not satisfied. Go to Stage 2.");
    expect(stage1).toContain("No reply within the timescale: Go to Stage 2.");
    expect(await page.getByTestId("decided-by-stage-1").innerText()).toContain("CPC/IRO judges whether it is resolved.");
    expect(await page.getByTestId("decided-by-stage-2").innerText()).toContain(
      "It is resolved only when CPC/IRO and Head of QA are both satisfied.",
    );
    expect(text).toContain("Head of QA judges whether it is resolved.");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
  });

  it("draws both exits of a stage with a no-reply outcome in the chart, and lists both in its text twin", async () => {
    const svg = await (await fetch(`${siteUrl}/unnamed-la-alerts/flowchart-alerts.svg`)).text();
    // Both lead to Stage 2, so one arrow names both.
    expect(svg.replace(/<br\s*\/?>/g, " ").replace(/<[^>]+>/g, "")).toContain("Not resolved or no reply in time");
    const { page, text } = await open("/unnamed-la-alerts/flowchart/");
    expect(text).toContain("If not resolved: go to step 2 (Stage 2).");
    expect(text).toContain("If no reply comes within the timescale: go to step 2 (Stage 2).");
    await page.context().close();
  });

  it("puts the no-reply way on and who judges resolved on the briefing", async () => {
    const { page, text } = await open("/unnamed-la-alerts/briefing/");
    expect(text).toContain("No reply within the timescale: Go to Stage 2.");
    expect(text).toContain("It is resolved only when CPC/IRO and Head of QA are both satisfied.");
    await page.context().close();
  });

  it("offers 'no reply' as an outcome in the form, and says what a missing reply leads to once a stage is overdue", async () => {
    const { page } = await open("/unnamed-la-alerts/form/");
    await page.locator("#root_stages_0_stage").waitFor();
    const outcomes = await page
      .locator('input[name="root_stages_0_outcome"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(outcomes).toContain("no-reply");
    await page.locator("#root_stages_0_stage").selectOption("stage-1");
    await page.locator("#root_stages_0_dateRaised").fill("1");
    await page.locator("#root_stages_0_dateRaised-month").fill("12");
    await page.locator("#root_stages_0_dateRaised-year").fill("2025");
    const due = page.getByTestId("due-0");
    await expect.poll(() => due.innerText()).toContain("Overdue");
    expect(await due.innerText()).toContain("If no reply comes within the timescale: Go to Stage 2.");
    // Recorded as "no reply", the stage is no longer overdue: it has moved on.
    await page.locator('input[name="root_stages_0_outcome"][value="no-reply"]').check();
    await expect.poll(() => due.innerText()).not.toContain("Overdue");
    await page.context().close();
  });

  it("names an outcome the source names itself, on the page and in the form (Rotherham)", async () => {
    const { page, text } = await open("/rotherham/");
    expect(text).toContain("No issue, or action already under way: Early contact shows there is no issue, or that action is under way.");
    await page.context().close();
    const form = await open("/rotherham/form/");
    await form.page.locator("#root_stages_0_stage").waitFor();
    const labels = await form.page.locator(".govuk-radios__item label").allInnerTexts();
    expect(labels).toContain("No issue, or action already under way");
    await form.page.context().close();
  });
});

describe("urgent routes with their own clock and scope", () => {
  it("says a route's own clock and the procedure it belongs to on the protocol page and the briefing", async () => {
    const { page } = await open("/peterborough/");
    expect(await page.getByTestId("route-timescales-child-at-risk").innerText()).toBe("How fast: To notify immediately");
    expect(await page.getByTestId("route-scope-child-at-risk").innerText()).toBe("In the Case Alert procedure only.");
    await page.context().close();
    const yorkshire = await open("/west-yorkshire/briefing/");
    expect(yorkshire.text).toContain("How fast: To escalate within 24 hours (from when: not available to us: see the original).");
    await yorkshire.page.context().close();
  });

  it("asks about the route in its own words where its condition is not imminent harm, and says what to do instead, with the missing contact said", async () => {
    const { page } = await open("/west-yorkshire/form/");
    const question = page.locator("#root_child_urgentRoute");
    await question.waitFor();
    expect(await page.locator("#root_child_imminentSignificantHarm").count()).toBe(0);
    expect(
      await page.locator(".govuk-fieldset__legend", { has: page.locator("text=Does this describe the concern now?") }).count(),
    ).toBeGreaterThan(0);
    await page.locator('input[name="root_child_urgentRoute"][value="yes"]').check();
    await page.getByRole("heading", { name: "Stop: follow the emergency route now" }).waitFor();
    const instead = await page.getByTestId("emergency-instead").innerText();
    expect(instead).toContain("How fast: To escalate within 24 hours");
    expect(instead).toContain("Whom to contact on this route was not available to us: read the route in the full procedure.");
    const link = page.getByRole("link", { name: "Read Immediate / 24 hour Escalation in the full procedure" });
    expect(await link.getAttribute("href")).toBe("../#route-immediate-escalation");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await link.click();
    await page.waitForURL(/\/west-yorkshire\/#route-immediate-escalation$/);
    expect(await page.locator("#route-immediate-escalation").innerText()).toContain("Immediate / 24 hour Escalation");
    await page.context().close();
  });

  it("does not ask about imminent harm in a form whose policy has no emergency route (Rotherham)", async () => {
    const { page } = await open("/rotherham/form/");
    await page.locator("#root_child_name").waitFor();
    expect(await page.locator("#root_child_imminentSignificantHarm, #root_child_urgentRoute").count()).toBe(0);
    await page.context().close();
  });
});

describe("notifications on events and copies that grow", () => {
  it("lists each stage's copies on the protocol page and in the chart", async () => {
    const { page } = await open("/unnamed-la-alerts/");
    expect(await page.getByTestId("copy-to-stage-2").innerText()).toContain(
      "Team Manager (TM), Assistant Team Manager (ATM) and Social worker (SW)",
    );
    expect(await page.getByTestId("copy-to-stage-3").innerText()).toContain("Head of Service (HofS)");
    expect(await page.getByTestId("copy-to-stage-1").count()).toBe(0);
    await page.context().close();
    const svg = await (await fetch(`${siteUrl}/unnamed-la-alerts/flowchart-alerts.svg`)).text();
    // Wrapped over two lines in the box, so read without the line break.
    expect(svg.replace(/<br\s*\/?>/g, " ").replace(/<[^>]+>/g, "")).toContain("Copied to HofS");
  });

  it("says the event a notification is tied to, and the form asks about it only once the record reaches that event (Wirral)", async () => {
    const { page, text } = await open("/wirral/");
    expect(text).toContain("When an escalation is raised");
    expect(text).toContain("When the escalation is resolved");
    await page.context().close();
    const form = await open("/wirral/form/");
    const resolution = form.page.locator("#root_sideActions_inform-wscp-of-resolution_done");
    const escalation = form.page.locator("#root_sideActions_inform-wscp-of-escalation_done");
    await form.page.locator("#root_stages_0_stage").waitFor();
    expect(await escalation.count()).toBe(0);
    const firstStage = await form.page.locator("#root_stages_0_stage option").nth(1).getAttribute("value");
    await form.page.locator("#root_stages_0_stage").selectOption(firstStage!);
    await expect.poll(() => escalation.count()).toBe(1);
    expect(await resolution.count()).toBe(0);
    await form.page.locator('input[name="root_stages_0_outcome"][value="resolved"]').check();
    await expect.poll(() => resolution.count()).toBe(1);
    await form.page.context().close();
  });
});

describe("entry points chosen by the kind of concern (Peterborough)", () => {
  it("says on the protocol page, the briefing and the chart's text twin where each kind of concern starts", async () => {
    const { page } = await open("/peterborough/");
    const entries = (await page.getByTestId("entry-points").innerText()).replace(/\s+/g, " ");
    expect(entries).toContain("Management Alert");
    expect(entries).toContain("When it is used: A serious issue, or one that needs a management decision.");
    expect(entries).toContain("Starts at Verbal discussion in the Case Alert procedure.");
    // The start links to the stage it names.
    expect(await page.locator("#entry-serious-or-management-decision a").getAttribute("href")).toBe(
      "#stage-management-alert-to-service-manager",
    );
    expect(await page.locator("#stage-management-alert-to-service-manager").count()).toBe(1);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
    const briefing = await open("/peterborough/briefing/");
    expect(briefing.text).toContain("Where it starts");
    expect(briefing.text).toContain("Management Alert: When it is used: A serious issue");
    await briefing.page.context().close();
    const twin = await open("/peterborough/flowchart/");
    expect(twin.text).toContain("Ways in");
    expect(twin.text).toContain("Case Alert. When it is used: Practice has fallen below expected and agreed standards.");
    await twin.page.context().close();
    const svg = (await (await fetch(`${siteUrl}/peterborough/flowchart-management-alert.svg`)).text())
      .replace(/<br\s*\/?>/g, " ")
      .replace(/<[^>]+>/g, "");
    expect(svg).toContain("Way in: Management Alert");
  });

  it("asks the form's user what kind of concern it is, and starts the first stage record where that kind starts", async () => {
    const { page } = await open("/peterborough/form/");
    const stage = page.locator("#root_stages_0_stage");
    await stage.waitFor();
    await page.getByLabel("Management Alert: A serious issue, or one that needs a management decision").check();
    await expect.poll(() => stage.inputValue()).toBe("management-alert-to-service-manager");
    // The stage guide follows the stage the choice set.
    await expect.poll(async () => (await page.locator("main").innerText()).includes("Raised with: relevant Service Manager.")).toBe(true);
    // Changing the kind moves the start; a stage the user picks is theirs.
    await page.getByLabel("Case Alert: Practice has fallen below expected and agreed standards").check();
    await expect.poll(() => stage.inputValue()).toBe("verbal-discussion");
    await stage.selectOption("case-alert-to-team-manager");
    await page.getByLabel("Management Alert: A serious issue, or one that needs a management decision").check();
    // The radio is drawn from the answers, so once it shows checked the change has been applied.
    expect(await page.getByLabel("Management Alert: A serious issue, or one that needs a management decision").isChecked()).toBe(true);
    expect(await stage.inputValue()).toBe("case-alert-to-team-manager");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
  });
});

describe("recipients that depend on the agency", () => {
  it("lists each agency's post at a stage on the protocol page and in the chart, and says who stands in and where to look a post up", async () => {
    const { page } = await open("/pan-sussex/");
    const stage2 = (await page.getByTestId("by-agency-stage-2").innerText()).replace(/\s+/g, " ");
    expect(stage2).toContain("Police: detective sergeant (In the Safeguarding Investigations Unit)");
    expect(stage2).toContain("Education: Designated Teacher");
    const stage3 = (await page.getByTestId("by-agency-stage-3").innerText()).replace(/\s+/g, " ");
    expect(stage3).toContain("Health: not stated in the procedure");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
    const svg = (await (await fetch(`${siteUrl}/pan-sussex/flowchart-professional-differences.svg`)).text())
      .replace(/<br\s*\/?>/g, " ")
      .replace(/<[^>]+>/g, "");
    expect(svg).toContain("Police: detective inspector");
    const cover = await open("/peterborough/");
    expect(cover.text).toContain("When the post holder is away: Duty Team Manager.");
    await cover.page.context().close();
    const directory = await open("/laddershire/");
    expect(directory.text).toContain("Who holds it: see the partnership's directory of agency safeguarding contacts.");
    expect(directory.text).toContain(
      "GP practice: commissioning body's senior liaison officer (A GP practice has no senior liaison officer",
    );
    await directory.page.context().close();
  });

  it("offers the chosen agency's post in the form's stage guide", async () => {
    const { page } = await open("/pan-sussex/form/");
    await page.locator("#root_stages_0_stage").selectOption("stage-2");
    const guide = page.getByTestId("stage-guide-0");
    await expect.poll(() => guide.innerText()).toContain("Raised with, in each agency:");
    expect(await guide.innerText()).not.toContain("Police: raise it with");
    await page.locator('input[name="root_stages_0_agency"][value="Police"]').check();
    await expect
      .poll(() => guide.innerText())
      .toContain("Police: raise it with detective sergeant. In the Safeguarding Investigations Unit.");
    await page.locator("#root_stages_0_stage").selectOption("stage-3");
    await expect.poll(() => guide.innerText()).toContain("Police: raise it with detective inspector.");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
  });
});

describe("what a stage produces", () => {
  it("lists a stage's outputs on the protocol page, the chart's text twin and the briefing's list of what to record", async () => {
    const { page } = await open("/laddershire/");
    const outputs = (await page.getByTestId("outputs-stage-2").innerText()).replace(/\s+/g, " ");
    expect(outputs).toContain("Escalation letter (a letter, must), made by Practitioner, sent to Head of Service (HoS).");
    expect(outputs).toContain("It must be endorsed by their line manager before it is sent.");
    expect(outputs).toContain("Outcome form (a form), made by Head of Service (HoS). Completing it closes the escalation.");
    expect(outputs).toContain(
      "Action plan (an action plan), made by Head of Service (HoS). Within 10 working days of the escalation being raised.",
    );
    await page.context().close();
    const rotherham = await open("/rotherham/");
    expect(rotherham.text).toContain(
      "In 2 parts: The Chair's section, completed by Conference Chair; Response section, completed by Line manager of the practitioner challenged and returned to Safeguarding Unit.",
    );
    await rotherham.page.context().close();
    const twin = await open("/laddershire/flowchart/");
    expect(twin.text).toContain("Produces: Acknowledgement (an acknowledgement)");
    await twin.page.context().close();
    const briefing = await open("/laddershire/briefing/");
    expect(briefing.text).toContain("Stage 2: Action plan");
    await briefing.page.context().close();
  });

  it("gives each output a place in the form once a record is at its stage, with a box per part, and prints it", async () => {
    const { page } = await open("/rotherham/form/");
    const chairPart = page.locator("#root_stageOutputs_stage-1-form_part1_done");
    await page.locator("#root_stages_0_stage").waitFor();
    expect(await chairPart.count()).toBe(0);
    await page.locator("#root_stages_0_stage").selectOption("conference-stage-1");
    await expect.poll(() => chairPart.count()).toBe(1);
    expect(await page.locator("#root_stageOutputs_stage-1-form_part2_done").count()).toBe(1);
    // Stage 2's form is not asked about until a record is at Stage 2.
    expect(await page.locator("#root_stageOutputs_stage-2-form_done").count()).toBe(0);
    expect(await page.getByTestId("stage-guide-0").innerText()).toContain("Produces: Stage 1 form (in 2 parts).");
    await chairPart.check();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.emulateMedia({ media: "print" });
    const printed = (await page.locator(".app-print-record").innerText()).replace(/\s+/g, " ");
    expect(printed).toContain("Stage 1 form");
    expect(printed).toContain("The Chair's section");
    expect(printed).not.toContain("Stage 2 form");
    await page.context().close();
  });
});

describe("what a stage produces, once its stage is no longer recorded", () => {
  it("does not hold up the record with an error in an output the form no longer shows", async () => {
    const { page } = await open("/laddershire/form/");
    const stage = page.locator("#root_stages_0_stage");
    await stage.selectOption("stage-2");
    // 31 February: not a real date.
    await page.locator("#root_stageOutputs_action-plan_date").fill("31");
    await page.locator("#root_stageOutputs_action-plan_date-month").fill("2");
    await page.locator("#root_stageOutputs_action-plan_date-year").fill("2025");
    const outputErrors = () => page.locator('.govuk-error-summary a[href*="stageOutputs"]').count();
    await page.getByRole("button", { name: "Check your answers" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await outputErrors()).toBeGreaterThan(0);
    // Back to Stage 1: the action plan is Stage 2's, so its question goes, and so does its error.
    await stage.selectOption("stage-1");
    await expect.poll(() => page.locator("#root_stageOutputs_action-plan_date").count()).toBe(0);
    await page.getByRole("button", { name: "Check your answers" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await outputErrors()).toBe(0);
    await page.context().close();
  });
});

describe("inside a stage: order, consultation, what the recipient does, advisers", () => {
  it("says recipients in order, whom to consult first and what the recipient does on the page, the text twin and the form", async () => {
    const { page } = await open("/laddershire/");
    expect(await page.getByTestId("recipients-stage-1").innerText()).toBe(
      "In order: first Lead Professional; only if that does not resolve it, their line manager.",
    );
    expect(await page.getByTestId("recipients-stage-2").innerText()).toContain("Raise it with one of them:");
    expect(await page.getByTestId("consult-first-stage-1").innerText()).toContain("Before raising it, consult their safeguarding lead.");
    expect(await page.getByTestId("recipient-does-stage-1").innerText()).toContain("Investigates and replies formally.");
    await page.context().close();
    const form = await open("/laddershire/form/");
    await form.page.locator("#root_stages_0_stage").selectOption("stage-1");
    const guide = form.page.getByTestId("stage-guide-0");
    await expect.poll(() => guide.innerText()).toContain("Before raising it, consult their safeguarding lead.");
    expect(await guide.innerText()).toContain("What the recipient does: investigates and replies formally.");
    await form.page.context().close();
    const rotherham = await open("/rotherham/");
    expect(await rotherham.page.getByTestId("route-consult-skip-to-conference-stage-2").innerText()).toBe(
      "Before using it, consult their line manager.",
    );
    await rotherham.page.context().close();
  });

  it("shows advisers available at any stage once, beside the ladder rather than as a rung", async () => {
    const { page } = await open("/pan-sussex/");
    expect(await page.getByTestId("advisers").innerText()).toContain(
      "At any stage, advice may be sought from designated / named / lead officer, child protection adviser or designated doctor or nurse",
    );
    expect(await page.locator("main").innerText()).not.toContain("May involve: designated / named / lead officer");
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
    const twin = await open("/pan-sussex/flowchart/");
    expect(await twin.page.getByTestId("outline-advisers").innerText()).toContain("At any stage, advice may be sought");
    await twin.page.context().close();
    const svg = (await (await fetch(`${siteUrl}/pan-sussex/flowchart-professional-differences.svg`)).text())
      .replace(/<br\s*\/?>/g, " ")
      .replace(/<[^>]+>/g, "");
    expect(svg).toContain("At any stage, advice may be sought");
    const briefing = await open("/pan-sussex/briefing/");
    expect(briefing.text).toContain("At any stage, advice may be sought");
    await briefing.page.context().close();
  });
});

describe("around the procedure: who it is about, signposts, documents, who else is told", () => {
  it("asks about 'the person' in a joint protocol for children and adults, never 'the child'", async () => {
    const { page } = await open("/jointshire/form/");
    await page.locator("#root_stages_0_stage").waitFor();
    const form = await page.locator("form").innerText();
    expect(form).toContain("About the person");
    expect(form).toContain("Person's name");
    expect(form).toContain("The outcome sought for the person");
    expect(form).not.toMatch(/the child\b|Child's name/);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.context().close();
    const seed = await open("/laddershire/form/");
    await seed.page.locator("#root_stages_0_stage").waitFor();
    expect(await seed.page.locator("form").innerText()).toContain("Child's name");
    await seed.page.context().close();
  });

  it("links signposts to their addresses, says a document is only mentioned, and lists who else is told", async () => {
    const { page, text } = await open("/jointshire/");
    expect(text).toContain("Why it matters for the person");
    expect(await page.getByTestId("signposts").getByRole("link").getAttribute("href")).toBe("https://jointshire.example.org/lado");
    expect(await page.getByTestId("related-documents").innerText()).toContain(
      "Jointshire Information Sharing Agreement (mentioned in the procedure, not a document to read with it)",
    );
    expect(await page.getByTestId("people-told").innerText()).toContain(
      "The person concerned: The practitioner tells the person concerned",
    );
    await page.context().close();
    const rotherham = await open("/rotherham/");
    const told = rotherham.page.getByTestId("people-told");
    expect(await told.innerText()).toContain("The family: The Chair makes sure the family knows about any challenge escalations");
    // The link goes to the action itself, further down the page.
    const href = await told.getByRole("link").getAttribute("href");
    expect(await rotherham.page.locator(href!).count()).toBe(1);
    await rotherham.page.context().close();
  });
});
