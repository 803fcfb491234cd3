/**
 * A fictional area with three revisions (test/fixtures/revisions/northshire): 2023-01
 * superseded, 2024-06 in force, 2099-01 still to come. Every revision keeps its pages at
 * its own address, older ones point to the one in force, the history, "what changed"
 * pages, exports and feed agree with the compiler, and an old draft opens on the new form.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { diffPolicies } from "../../src/diff/diff-policies.ts";
import { contentHash } from "../../src/site/revision-exports.ts";
import { changeAffectsRecord } from "../../src/diff/change-affects-record.ts";
import { launchChromium } from "../support/chromium.ts";
import { watchPage } from "../support/watch-page.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const siteUrl = inject("revisionsUrl");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const revision = (id: string) =>
  compilePolicyFile(fromRoot(`test/fixtures/revisions/northshire/${id}.yaml`), { today: fixedToday }).policy!;
const [v1, v2, v3] = [revision("2023-01"), revision("2024-06"), revision("2099-01")];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = (await watchPage(browser)).page;
});

afterAll(async () => {
  await browser?.close();
});

const text = async (path: string) => {
  await page.goto(`${siteUrl}${path}`);
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
};
const axe = async () => (await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => v.id);

describe("an area with three revisions", () => {
  it("shows the revision in force at the area's plain address, with its permanent address", async () => {
    const main = await text("/northshire/");
    expect(main).toContain(`Version ${v2.revision.version}`);
    expect(await page.getByTestId("superseded-banner").count()).toBe(0);
    expect(await page.getByTestId("upcoming-banner").count()).toBe(0);
    expect(await page.locator("footer").innerText()).toContain("/northshire/2024-06/");
  });

  it("keeps every page of every revision at its permanent address", async () => {
    for (const id of ["2023-01", "2024-06", "2099-01"]) {
      for (const suffix of [
        "",
        "flowchart/",
        "briefing/",
        "form/",
        "changes/",
        "policy.json",
        "changes.json",
        "form.schema.json",
        "form-data.d.ts",
        "flowchart-main.mmd",
      ]) {
        const response = await page.request.get(`${siteUrl}/northshire/${id}/${suffix}`);
        expect(response.status(), `/northshire/${id}/${suffix}`).toBe(200);
      }
    }
  });

  it("marks a superseded revision on every page and links to the same page of the one in force", async () => {
    for (const [suffix, current] of [
      ["", "/northshire/"],
      ["flowchart/", "/northshire/flowchart/"],
      ["briefing/", "/northshire/briefing/"],
      ["form/", "/northshire/form/"],
    ] as const) {
      await page.goto(`${siteUrl}/northshire/2023-01/${suffix}`);
      const banner = page.getByTestId("superseded-banner");
      expect(await banner.innerText()).toContain(
        `This is version ${v1.revision.version}, which is no longer in force. It was replaced by version ${v2.revision.version} from 3 June 2024.`,
      );
      expect(await banner.getByRole("link", { name: "Read the version in force" }).getAttribute("href")).toBe(current);
      expect(await banner.getByRole("link", { name: `what changed in version ${v2.revision.version}` }).getAttribute("href")).toBe(
        "/northshire/2024-06/changes/",
      );
    }
    expect(await axe()).toEqual([]);
  });

  it("marks a revision still to come with the day it comes into force", async () => {
    await page.goto(`${siteUrl}/northshire/2099-01/`);
    const banner = await page.getByTestId("upcoming-banner").innerText();
    expect(banner).toContain(
      `Version ${v3.revision.version} comes into force on 4 January 2099. Until then, version ${v2.revision.version} applies.`,
    );
    expect(await axe()).toEqual([]);
  });

  it("lists every revision, newest first, with its status and changes, on the history page", async () => {
    await page.goto(`${siteUrl}/northshire/history/`);
    const rows = await page.locator("tbody tr").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      `Version ${v3.revision.version} Coming into force 4 January 2099 1 December 2098 ${diffPolicies(v2, v3).length} changes from version ${v2.revision.version}`,
      `Version ${v2.revision.version} In force 3 June 2024 20 May 2024 ${diffPolicies(v1, v2).length} changes from version ${v1.revision.version}`,
      `Version ${v1.revision.version} Superseded 9 January 2023 3 January 2023 First version published here`,
    ]);
    expect(await axe()).toEqual([]);
  });

  it("shows what changed, as the compiler computes it, beside the authors' notes, and publishes it as JSON", async () => {
    const main = await text("/northshire/2024-06/changes/");
    const changes = diffPolicies(v1, v2);
    expect(changes.length).toBeGreaterThan(5);
    for (const change of changes) expect(main).toContain(change.summary);
    for (const amendment of v2.revision.amendments) expect(main).toContain(amendment.note.replace(/\s+/g, " "));
    expect(await axe()).toEqual([]);
    // A value too long for the sentence is shown on request: the timescale's full wording, opened with the keyboard.
    const timescale = changes.find((c) => c.kind === "timescale-changed" && c.id === "line-managers")!;
    const item = page.locator('li[data-change-kind="timescale-changed"]', { hasText: timescale.summary });
    expect(await item.innerText()).not.toContain(timescale.after!);
    await item.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => item.innerText()).toContain(`After: ${timescale.after}`);
    expect(await item.innerText()).toContain(`Before: ${timescale.before}`);
    expect(await axe()).toEqual([]);
    const json = await (await page.request.get(`${siteUrl}/northshire/2024-06/changes.json`)).json();
    expect(json.revision).toMatchObject({ areaId: "northshire", revisionId: "2024-06", version: v2.revision.version });
    expect(json.previous).toMatchObject({ revisionId: "2023-01" });
    expect(json.changes).toEqual(JSON.parse(JSON.stringify(changes)));
    expect(json.contentHash).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it("publishes each revision's policy stamped with its revision and a hash of its content", async () => {
    const json = await (await page.request.get(`${siteUrl}/northshire/2023-01/policy.json`)).json();
    expect(json.revision).toEqual({
      areaId: "northshire",
      revisionId: "2023-01",
      version: v1.revision.version,
      policyId: "northshire/2023-01",
    });
    expect(json.contentHash).toBe(contentHash(json.policy));
    expect(json.policy.title).toBe(v1.title);
    const schema = await (await page.request.get(`${siteUrl}/northshire/2023-01/form.schema.json`)).json();
    expect(schema.$comment).toMatch(/^escalation-kit form for northshire\/2023-01 \(version .*\); content sha256-[0-9a-f]{64}$/);
  });

  it("announces every revision in the Atom feed, newest first, linking to what changed", async () => {
    const feed = await (await page.request.get(`${siteUrl}/feed.xml`)).text();
    const ids = [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      "urn:escalation-kit:northshire:2099-01",
      "urn:escalation-kit:northshire:2024-06",
      "urn:escalation-kit:northshire:2023-01",
    ]);
    expect(feed).toContain('<link rel="alternate" type="text/html" href="/northshire/2024-06/changes/"/>');
    expect(feed).toContain("<updated>2024-05-20T00:00:00Z</updated>");
    // Well-formed XML: the browser's parser reports no error.
    await page.goto(`${siteUrl}/`);
    expect(
      await page.evaluate(
        (xml) => new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("parsererror").length,
        feed,
      ),
    ).toBe(0);
  });

  it("opens a draft saved under the superseded revision on the current form, listing what changed", async () => {
    await page.goto(`${siteUrl}/northshire/2023-01/form/`);
    await page.locator("#root_child_name").fill("Kit Example");
    await page.locator('input[name="root_child_status"][value="looked-after"]').check();
    await page.locator("#root_stages_0_stage").selectOption("head-of-service-review");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download draft (JSON)" }).click(),
    ]);
    const draft = readFileSync((await download.path())!, "utf8");
    expect(JSON.parse(draft)).toMatchObject({ revisionId: "2023-01" });

    await page.goto(`${siteUrl}/northshire/form/`);
    await page
      .locator("#open-saved-form")
      .setInputFiles({ name: "old-draft.json", mimeType: "application/json", buffer: Buffer.from(draft) });
    const message = page.getByTestId("form-message");
    await expect
      .poll(() => message.innerText())
      .toContain(`It was saved under version ${v1.revision.version} of the policy; this page is version ${v2.revision.version}.`);
    const listed = await page.getByTestId("revision-changes").innerText();
    // What bears on the record is listed; a new principle or contact is not.
    const changes = diffPolicies(v1, v2);
    for (const change of changes.filter(changeAffectsRecord)) expect(listed).toContain(change.summary);
    const principle = changes.find((c) => c.kind === "principle-added")!;
    expect(listed).not.toContain(principle.summary);
    // The stage it was at no longer exists in this version: the record says so instead of refusing the file.
    expect(listed).toContain("To put right in this version");
    expect(await page.locator("#root_child_name").inputValue()).toBe("Kit Example");
    expect(await axe()).toEqual([]);
  });
});
