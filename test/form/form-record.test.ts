/**
 * The island's pure parts, on the real generated schemas and runtime rules of two seeds:
 * where answers sit (formRecordPaths against the generated schema), respond-by dates for
 * the answers (deriveDueDates), the answers kept in step after a change
 * (fillWorkedAnswers), the record's sections (recordSections) and opening a draft
 * (openDraft).
 */
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { isStated } from "../../src/compiler/policy-model.ts";
import { deriveDueDates } from "../../src/form/derive-due-dates.ts";
import { deriveFormView } from "../../src/form/derive-form-view.ts";
import { fillWorkedAnswers } from "../../src/form/fill-worked-answers.ts";
import type { StageRecord } from "../../src/form/form-due-dates.ts";
import { createFormFile } from "../../src/form/form-file.ts";
import { openDraft } from "../../src/form/open-draft.ts";
import { recordSections } from "../../src/form/record-sections.ts";
import { formRecordKeys, formRecordPaths } from "../../src/generators/form-record-paths.ts";
import { generateFormBankHolidays, generateFormRuntime } from "../../src/generators/generate-form-runtime.ts";
import { generateFormSchema } from "../../src/generators/generate-form-schema.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const rulesOf = (file: string) => {
  const policy = compilePolicyFile(fromRoot(file), { today: fixedToday }).policy!;
  const { schema, uiSchema } = generateFormSchema(policy);
  // As the form page hands them to the island.
  return {
    schema: schema as RJSFSchema,
    uiSchema: uiSchema as UiSchema,
    ...generateFormRuntime(policy),
    bankHolidays: generateFormBankHolidays(policy, 2027),
    jurisdiction: isStated(policy.area.jurisdiction) ? policy.area.jurisdiction : null,
  };
};
const slough = rulesOf("policies/slough/undated.yaml");
const solihull = rulesOf("policies/solihull/2017-04.yaml");

describe("formRecordPaths", () => {
  it("names fields the generated schema has", () => {
    const stages = slough.schema.properties?.[formRecordKeys.stages] as RJSFSchema;
    expect((stages.items as RJSFSchema).properties?.[formRecordKeys.respondBy]).toMatchObject({ readOnly: true });
    expect(slough.schema.properties?.[formRecordKeys.sideActions]).toMatchObject({ type: "object" });
    expect(formRecordPaths.respondBy(2)).toBe("stages.2.respondBy");
    expect(formRecordPaths.respondByIndex("stages.12.respondBy")).toBe(12);
    expect(formRecordPaths.respondByIndex("stages.1.dateRaised")).toBeUndefined();
    expect(formRecordPaths.respondByIndex("xstages.1.respondBy")).toBeUndefined();
  });
});

describe("deriveDueDates", () => {
  it("counts in the policy's nation, skipping its bank holidays", () => {
    // Solihull, England: Stage 1 is 5 working days; Friday 19 December 2025 skips two
    // weekends, Christmas Day and Boxing Day.
    const { jurisdiction, dues } = deriveDueDates(solihull, { stages: [{ stage: "stage-1", dateRaised: "2025-12-19" }] }, fixedToday);
    expect(jurisdiction).toBe("england");
    expect(dues[0]?.due?.date).toBe("2025-12-30");
    expect(dues[0]?.explanation).toContain("Christmas Day");
  });

  it("names no nation, and says holidays are not yet left out, where the policy names none and none is chosen", () => {
    const unnamed = { ...solihull, jurisdiction: null };
    const before = deriveDueDates(unnamed, { stages: [{ stage: "stage-1", dateRaised: "2025-12-19" }] }, fixedToday);
    expect(before.jurisdiction).toBeNull();
    expect(before.dues[0]?.due?.date).toBe("2025-12-26");
    const chosen = deriveDueDates(
      unnamed,
      { bankHolidays: "england", stages: [{ stage: "stage-1", dateRaised: "2025-12-19" }] },
      fixedToday,
    );
    expect(chosen.jurisdiction).toBe("england");
    expect(chosen.dues[0]?.due?.date).toBe("2025-12-30");
  });
});

describe("fillWorkedAnswers", () => {
  it("writes each record's respond-by date, and takes it away when the date goes", () => {
    const filled = fillWorkedAnswers(
      solihull,
      { stages: [{ stage: "stage-1", dateRaised: "2025-12-19" }, { stage: "stage-2" }] as StageRecord[] },
      fixedToday,
    );
    expect(filled.stages?.map((s) => s.respondBy)).toEqual(["Tuesday, 30 December 2025", undefined]);
    const cleared = fillWorkedAnswers(solihull, { stages: [{ stage: "stage-1", respondBy: "Tuesday, 30 December 2025" }] }, fixedToday);
    expect(cleared.stages?.[0]?.respondBy).toBeUndefined();
  });

  it("drops a category that the raiser's new role does not offer, and keeps one it does", () => {
    const answers = { concern: { category: "issue-child", description: "D" }, people: { raiser: { role: "independent-chair" } } };
    expect(fillWorkedAnswers(slough, answers, fixedToday).concern).toEqual({ category: "issue-child", description: "D" });
    const moved = { ...answers, people: { raiser: { role: "attending-agency" } } };
    expect(fillWorkedAnswers(slough, moved, fixedToday).concern).toEqual({ description: "D" });
  });
});

describe("recordSections", () => {
  const sectionsFor = (answers: Record<string, unknown>) => {
    const view = deriveFormView(slough, answers, { changing: false });
    return recordSections(slough.schema, answers, view.hiddenPaths, deriveDueDates(slough, answers, fixedToday).dues);
  };
  const labels = (answers: Record<string, unknown>) => sectionsFor(answers).flatMap((s) => s.lines.map((l) => l.label));

  it("leaves out bypass reasons until the bypass box is ticked, as the form does", () => {
    expect(labels({ stages: [{ stage: "stage-1" }] })).not.toContain("Reasons for bypassing earlier stages");
    expect(labels({ stages: [{ stage: "stage-1", bypass: true }] })).toContain("Reasons for bypassing earlier stages");
  });

  it("says why a record has no respond-by date, and how a date was counted", () => {
    const none = sectionsFor({ stages: [{ stage: "stage-1" }] })
      .flatMap((s) => s.lines)
      .find((l) => l.label === "Respond by");
    expect(none?.value).toBe("Not worked out: no date raised");
    const lines = sectionsFor(fillWorkedAnswers(slough, { stages: [{ stage: "stage-1", dateRaised: "2026-03-02" }] }, fixedToday)).flatMap(
      (s) => s.lines,
    );
    const at = lines.findIndex((l) => l.label === "Respond by");
    expect(lines[at]?.value).not.toBe("");
    expect(lines[at + 1]?.label).toBe("How the respond-by date was counted");
  });
});

describe("openDraft", () => {
  const meta = { areaId: "slough", policyId: "slough/undated", revisionId: "undated", schemaVersion: 1, version: "1" };
  const fileOf = (name: string, text: string) => new File([text], name, { type: "application/json" });
  const answers = { child: { name: "A" }, stages: [{ stage: "stage-1", dateRaised: "2024-03-04" }] };

  it("opens its own draft, saying so", async () => {
    const file = fileOf("draft.json", JSON.stringify(createFormFile(meta, answers, new Date())));
    expect(await openDraft(file, meta, slough.schema, {})).toEqual({ answers, message: { kind: "success", text: "Opened draft.json." } });
  });

  it("refuses a file that is not a draft, keeping the answers on the page", async () => {
    const opened = await openDraft(fileOf("notes.json", "{ not json"), meta, slough.schema, {});
    expect(opened.answers).toBeUndefined();
    expect(opened.message.kind).toBe("error");
    expect(opened.message.text).toMatch(/Your answers on this page have not been changed\.$/);
  });

  it("opens a draft saved under an older revision with what changed since", async () => {
    const older = { ...meta, policyId: "slough/2019-01", revisionId: "2019-01" };
    const file = fileOf("old.json", JSON.stringify(createFormFile(older, answers, new Date())));
    const opened = await openDraft(file, meta, slough.schema, { "2019-01": { version: "0.9", changes: ["Stage 2 now takes 10 days."] } });
    expect(opened.answers).toEqual(answers);
    expect(opened.message.kind).toBe("info");
    expect(opened.message.text).toContain("saved under version 0.9 of the policy; this page is version 1");
    expect(opened.message.details).toEqual(["Stage 2 now takes 10 days."]);
  });
});
