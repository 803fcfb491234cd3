/**
 * The form's pure modules: respond-by dates per record, saved files, the record's text,
 * GOV.UK error messages, categories per raiser, side-action conditions, blank records.
 * Run against the real generated schemas of the seed policies where a schema is needed.
 */
import type { RJSFSchema, RJSFValidationError } from "@rjsf/utils";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { listBankHolidayNames } from "../../src/dates/bank-holidays.ts";
import { generateFormSchema } from "../../src/generators/generate-form-schema.ts";
import { categoryApplies } from "../../src/form/category-applies.ts";
import { describeAnswers } from "../../src/form/describe-answers.ts";
import { emptyFormData } from "../../src/form/empty-form-data.ts";
import { computeStageDueDates, formatDue, isIsoDate, type StageTimescale } from "../../src/form/form-due-dates.ts";
import { createFormFile, maxFormFileBytes, readFormFile } from "../../src/form/form-file.ts";
import { sideActionApplies } from "../../src/form/side-action-applies.ts";
import { startAtEntryPoint } from "../../src/form/start-at-entry-point.ts";
import { stageGuide } from "../../src/form/stage-guide.ts";
import { transformErrors } from "../../src/form-theme/transform-errors.ts";
import path from "node:path";
import { fixedToday, realPolicyFiles, repoRoot, seedPolicyFiles } from "../helpers.ts";

const seed = (area: string) =>
  compilePolicyFile(
    seedPolicyFiles().find((f) => f.includes(`/${area}/`))!,
    { today: fixedToday },
  ).policy!;
const england = new Map(Object.entries(listBankHolidayNames("england", 2022, 2026)));

describe("computeStageDueDates", () => {
  const timescales: Record<string, StageTimescale> = {
    first: {
      label: "Reply due by",
      count: { amount: 1, unit: "working-days" },
      from: { kind: "concern-raised" },
      words: "1 working day from the concern",
    },
    second: { label: "Reply due by", count: { amount: 5, unit: "working-days" }, from: { kind: "stage-raised" }, words: "5 working days" },
    urgent: { label: "Reply due by", count: { amount: 24, unit: "hours" }, from: { kind: "stage-raised" }, words: "24 hours" },
  };

  it("counts working days from the record's own date, skipping bank holidays", () => {
    // Friday 16 September 2022 + 5 working days skips the state funeral on Monday the 19th.
    const [due] = computeStageDueDates([{ stage: "second", dateRaised: "2022-09-16" }], timescales, england, "2022-09-20");
    expect(due).toMatchObject({ index: 0, due: { date: "2022-09-26" }, overdue: false, label: "Reply due by" });
    expect(formatDue(due!.due!)).toBe("Monday, 26 September 2022");
    // And says so: from which day, how many, and every day left out, the bank holiday by name.
    expect(due!.explanation).toBe(
      "5 working days from Friday, 16 September 2022, the day this stage was raised, not counting that day. " +
        "Not counted: the weekend of 17 and 18 September 2022; Monday, 19 September 2022, a bank holiday (Queen Elizabeth's Funeral Day); " +
        "the weekend of 24 and 25 September 2022.",
    );
  });

  it("explains every kind of count: no day left out, bank holidays not yet chosen, calendar days, hours with and without a time", () => {
    const kinds: Record<string, StageTimescale> = {
      ...timescales,
      calendar: { label: "Reply due by", count: { amount: 14, unit: "calendar-days" }, from: { kind: "stage-raised" }, words: "14 days" },
      fromStage: {
        label: "Reply due by",
        count: { amount: 2, unit: "working-days" },
        from: { kind: "stage", stageId: "second" },
        words: "2 working days from stage 2",
      },
      now: { label: "Reply due by", count: { amount: 0, unit: "immediately" }, from: { kind: "stage-raised" }, words: "immediately" },
    };
    const dues = computeStageDueDates(
      [
        { stage: "second", dateRaised: "2025-06-02" },
        { stage: "calendar", dateRaised: "2025-06-02" },
        { stage: "urgent", dateRaised: "2025-06-02" },
        { stage: "urgent", dateRaised: "2025-06-02", timeRaised: "14:30" },
        { stage: "fromStage", dateRaised: "2025-06-05" },
        { stage: "now", dateRaised: "2025-06-02" },
      ],
      kinds,
      new Map(),
      "2025-06-01",
      { holidaysKnown: false, stageName: (id) => (id === "second" ? "Stage 2" : id) },
    );
    expect(dues.map((d) => d.explanation)).toEqual([
      "5 working days from Monday, 2 June 2025, the day this stage was raised, not counting that day. Not counted: the weekend of 7 and 8 June 2025. Bank holidays are not left out until you choose whose bank holidays apply.",
      "14 calendar days from Monday, 2 June 2025, the day this stage was raised, not counting that day; weekends and bank holidays count.",
      "24 hours from 09:00 (no time raised was entered, so 09:00 is assumed) on Monday, 2 June 2025, the day this stage was raised; nights, weekends and bank holidays count.",
      "24 hours from 14:30 on Monday, 2 June 2025, the day this stage was raised; nights, weekends and bank holidays count.",
      "2 working days from Monday, 2 June 2025, the day Stage 2 was raised, not counting that day. No weekend or bank holiday fell in that time. Bank holidays are not left out until you choose whose bank holidays apply.",
      "The policy says immediately: the form shows Monday, 2 June 2025, the day this stage was raised, and cannot give a time.",
    ]);
  });

  it("says what a missing reply leads to once overdue, and stops counting when a no-reply outcome is recorded", () => {
    const withNoReply = {
      ...timescales,
      second: { ...timescales.second!, ifNoReply: "If no reply comes within the timescale: Go to Stage 3." },
    };
    const [overdue] = computeStageDueDates([{ stage: "second", dateRaised: "2022-09-16" }], withNoReply, england, "2022-10-20");
    expect(overdue).toMatchObject({ overdue: true, ifNoReply: "If no reply comes within the timescale: Go to Stage 3." });
    const [recorded] = computeStageDueDates(
      [{ stage: "second", dateRaised: "2022-09-16", outcome: "no-reply" }],
      withNoReply,
      england,
      "2022-10-20",
    );
    expect(recorded).toMatchObject({ overdue: false });
    expect(recorded!.ifNoReply).toBeUndefined();
    const [notYet] = computeStageDueDates([{ stage: "second", dateRaised: "2022-09-16" }], withNoReply, england, "2022-09-20");
    expect(notYet!.ifNoReply).toBeUndefined();
  });

  it("counts a 'from the concern' timescale from the first record's date, whatever the record's own date", () => {
    const dues = computeStageDueDates(
      [
        { stage: "second", dateRaised: "2025-12-22" },
        { stage: "first", dateRaised: "2025-12-30" },
      ],
      timescales,
      england,
      "2025-12-01",
    );
    // From Monday 22 December: the next working day is Tuesday the 23rd.
    expect(dues[1]!.due).toEqual({ date: "2025-12-23" });
  });

  it("gives hours-based timescales a date and a time, 09:00 when no time was entered", () => {
    const dues = computeStageDueDates(
      [
        { stage: "urgent", dateRaised: "2025-12-05", timeRaised: "16:30" },
        { stage: "urgent", dateRaised: "2025-12-05" },
      ],
      timescales,
      england,
      "2025-12-01",
    );
    expect(dues.map((d) => d.due)).toEqual([
      { date: "2025-12-06", time: "16:30" },
      { date: "2025-12-06", time: "09:00" },
    ]);
    expect(formatDue(dues[0]!.due!)).toBe("Saturday, 6 December 2025 at 16:30");
  });

  it("flags an open stage past its date as overdue, but not one that is resolved or escalated", () => {
    const records = [
      { stage: "second", dateRaised: "2025-01-06" },
      { stage: "second", dateRaised: "2025-01-06", outcome: "resolved" },
      { stage: "second", dateRaised: "2025-01-06", outcome: "escalated" },
      { stage: "second", dateRaised: "2025-01-06", outcome: "not-resolved" },
    ];
    expect(computeStageDueDates(records, timescales, england, "2025-01-14").map((d) => d.overdue)).toEqual([true, false, false, true]);
    // Due on Monday 13 January: not overdue on the day itself.
    expect(computeStageDueDates(records, timescales, england, "2025-01-13").map((d) => d.overdue)).toEqual([false, false, false, false]);
  });

  it("says why there is no date instead of guessing, and never throws on half-typed answers", () => {
    const dues = computeStageDueDates(
      [
        {},
        { stage: "unknown" },
        { stage: "second" },
        { stage: "second", dateRaised: "2025-2-3" },
        { stage: "second", dateRaised: "202-02-03" },
        { stage: "second", dateRaised: "2025-02-30" },
        { stage: "urgent", dateRaised: "2025-02-03", timeRaised: "9:6" },
      ],
      timescales,
      england,
      fixedToday,
    );
    expect(dues.map((d) => d.reason)).toEqual([
      "Choose the stage",
      "The policy does not state a timescale for this stage",
      "Enter the date raised",
      "Enter the date raised",
      "Enter the date raised",
      "Enter the date raised",
      "Enter the time raised as hours and minutes, like 14:30",
    ]);
    // The printed record states the same without telling the reader to do anything.
    expect(dues.map((d) => d.recordText)).toEqual([
      "Not worked out: no stage chosen",
      "The policy does not state a timescale for this stage",
      "Not worked out: no date raised",
      "Not worked out: no date raised",
      "Not worked out: no date raised",
      "Not worked out: no date raised",
      "Not worked out: the time raised is not a time of day",
    ]);
    expect(dues.every((d) => d.due === undefined && !d.overdue)).toBe(true);
  });

  it("counts days the policy leaves unqualified only once the form says how, and says which was chosen", () => {
    const days: Record<string, StageTimescale> = {
      s: { label: "Reply due by", count: { amount: 5, unit: "days" }, from: { kind: "stage-raised" }, words: "5 days" },
    };
    const records = [{ stage: "s", dateRaised: "2025-01-03" }];
    const [unchosen] = computeStageDueDates(records, days, england, "2025-01-03");
    expect(unchosen!.due).toBeUndefined();
    expect(unchosen!.reason).toMatch(/without saying working or calendar days/);
    const [working] = computeStageDueDates(records, days, england, "2025-01-03", { daysCount: "working" });
    expect(working!.due).toEqual({ date: "2025-01-10" });
    expect(working!.note).toBe("Days counted as working days, as chosen on this form.");
    const [calendar] = computeStageDueDates(records, days, england, "2025-01-03", { daysCount: "calendar" });
    expect(calendar!.due).toEqual({ date: "2025-01-08" });
  });

  it("counts from another stage's date raised when the policy says so, and says why it cannot date what it cannot", () => {
    const linked: Record<string, StageTimescale> = {
      one: { label: "Reply due by", count: { amount: 5, unit: "working-days" }, from: { kind: "stage-raised" }, words: "" },
      two: { label: "Reply due by", count: { amount: 10, unit: "working-days" }, from: { kind: "stage", stageId: "one" }, words: "" },
      three: {
        label: "Reply due by",
        from: { kind: "stage-raised" },
        words: "",
        cannotDate: "Counted from the conference, which this form does not record.",
      },
    };
    const alone = computeStageDueDates([{ stage: "two", dateRaised: "2025-01-20" }], linked, england, "2025-01-20");
    expect(alone[0]!.due).toBeUndefined();
    expect(alone[0]!.recordText).toBe("Not worked out: the stage it is counted from has no date raised");
    const both = computeStageDueDates(
      [
        { stage: "one", dateRaised: "2025-01-06" },
        { stage: "two", dateRaised: "2025-01-20" },
        { stage: "three", dateRaised: "2025-01-20" },
      ],
      linked,
      england,
      "2025-01-20",
    );
    expect(both[1]!.due).toEqual({ date: "2025-01-20" });
    expect(both[2]!.due).toBeUndefined();
    expect(both[2]!.recordText).toBe("Counted from the conference, which this form does not record.");
  });

  it("accepts only real dates with four-digit years", () => {
    expect(["2024-02-29", "1999-12-31"].every(isIsoDate)).toBe(true);
    expect(["2023-02-29", "0202-01-01", "202-01-01", "2024-1-1", "", undefined, 20240101].some(isIsoDate)).toBe(false);
  });
});

describe("readFormFile", () => {
  const meta = { areaId: "slough", policyId: "slough/undated", revisionId: "undated", schemaVersion: 1 };
  const { schema } = generateFormSchema(seed("slough"));
  const data = {
    child: { name: "A", status: ["looked-after"] },
    people: { raiser: { name: "R", role: "iro" }, recipient: { name: "S", role: "atm" } },
    concern: { description: "D", outcomeSought: "O" },
    stages: [{ stage: "stage-1", dateRaised: "2024-03-04" }],
  };
  const saved = JSON.stringify(createFormFile(meta, data, new Date("2025-01-02T03:04:05Z")));
  const open = (text: string, size = text.length) =>
    readFormFile(text, size, meta, { schema: schema as never, otherRevisions: new Set(["2019-01"]) });
  const asRevision = (revisionId: string) =>
    saved
      .replace('"revisionId":"undated"', `"revisionId":"${revisionId}"`)
      .replace('"policyId":"slough/undated"', `"policyId":"slough/${revisionId}"`);

  it("opens its own saved file with the same answers", () => {
    expect(JSON.parse(saved)).toMatchObject({ kind: "escalation-kit/form-draft", savedAt: "2025-01-02T03:04:05.000Z", ...meta });
    expect(open(saved)).toEqual({ ok: true, data });
  });

  const withData = (answers: unknown, from = saved) => from.replace(/"data":\{.*\}\}$/, `"data":${JSON.stringify(answers)}}`);
  // A property nested 2,000 levels deep: rjsf overflows the stack drawing it.
  const deep = JSON.parse(`${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`) as unknown;

  it.each([
    ["an empty form", emptyFormData(schema as never)],
    ["a form with only the child's name", { child: { name: "Robin" }, stages: [{}] }],
    ["a form with nothing at all", {}],
    ["a date typed halfway", { stages: [{ dateRaised: "2024-3-" }] }],
    ["a description over the length limit", { concern: { description: "x".repeat(6000) } }],
  ])("opens a draft of %s again: drafts are checked for shape, not completeness", (_label, answers) => {
    expect(open(withData(answers))).toEqual({ ok: true, data: answers });
  });

  it("refuses an answer to a question the form does not ask from this revision, however deep", () => {
    const result = open(withData({ ...data, child: { ...data.child, extra: deep } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("About the child: extra: not a question on this form");
  });

  it("leaves out, and lists, answers this revision does not ask about in a draft from another revision", () => {
    const result = open(withData({ ...data, child: { ...data.child, extra: deep }, gone: 1 }, asRevision("2019-01")));
    expect(result).toEqual({
      ok: true,
      data,
      olderRevision: "2019-01",
      problems: [
        "About the child: extra: this version of the form does not ask this, so it was left out",
        "gone: this version of the form does not ask this, so it was left out",
      ],
    });
  });

  it("refuses an answer nested deep where text belongs", () => {
    expect(open(withData({ ...data, child: { ...data.child, name: deep } }))).toMatchObject({ ok: false });
  });

  it("refuses more stage records than the form lets anyone add", () => {
    const result = open(withData({ ...data, stages: Array.from({ length: 21 }, () => ({ stage: "stage-1" })) }));
    expect(!result.ok && result.message).toContain("Stages: 21 entries, more than the form allows (20)");
  });

  it("hands on a copy, never the file's own objects", () => {
    const result = open(withData({ ...data, child: JSON.parse('{"name":"A","__proto__":{"polluted":true}}') }));
    expect(result.ok).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([...seedPolicyFiles(), ...realPolicyFiles()].map((file) => [path.relative(repoRoot, file), file]))(
    "opens a draft answering every question of %s, choosing the first of every choice",
    (_name, file) => {
      const policy = compilePolicyFile(file, { today: fixedToday }).policy!;
      const formSchema = generateFormSchema(policy).schema as RJSFSchema;
      // One answer of the right kind for every question the schema has, so a question of a
      // kind the draft check does not know would fail here rather than refuse real drafts.
      const answer = (node: RJSFSchema): unknown => {
        if (node.type === "object")
          return Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, child]) => [key, answer(child as RJSFSchema)]));
        if (node.type === "array") return [answer(node.items as RJSFSchema)];
        const choice = (node.oneOf as RJSFSchema[] | undefined)?.[0]?.const ?? node.enum?.[0];
        if (choice !== undefined) return choice;
        return node.type === "boolean" ? true : node.type === "string" ? "x" : 1;
      };
      const answers = answer(formSchema);
      const result = readFormFile(JSON.stringify(createFormFile(meta, answers, new Date())), 10, meta, {
        schema: formSchema as never,
        otherRevisions: new Set(),
      });
      expect(result).toEqual({ ok: true, data: answers });
    },
  );

  it("opens a file from another revision of the same policy and says which", () => {
    expect(open(asRevision("2019-01"))).toEqual({ ok: true, data, olderRevision: "2019-01" });
  });

  it("opens a file from another revision even when this revision no longer has its stage, listing what to put right", () => {
    const result = open(asRevision("2019-01").replace('"stage-1"', '"stage-gone"'));
    expect(result).toMatchObject({ ok: true, olderRevision: "2019-01" });
    expect(result.ok && result.problems).toEqual(['Stage record 1: Stage: "stage-gone" is not one of this form\'s choices']);
    // Still refused when it has no answers at all.
    expect(open(asRevision("2019-01").replace(/"data":\{.*\}\}$/, '"data":"text"}')).ok).toBe(false);
  });

  it.each([
    ["not JSON", "{ oops", "not valid JSON"],
    ["JSON that is not a record", "[1, 2, 3]", "not a saved escalation record from this site"],
    ["another area's record", saved.replace('"areaId":"slough"', '"areaId":"solihull"'), "another area's form (solihull)"],
    ["a newer form version", saved.replace('"schemaVersion":1', '"schemaVersion":2'), "form version 2"],
    ["a stage the policy does not have", saved.replace('"stage-1"', '"stage-99"'), "answers this form cannot give"],
    ["a child's name turned into a number", saved.replace('"name":"A"', '"name":7'), "not shaped like this form's"],
  ])("refuses %s with a message", (_label, text, message) => {
    const result = open(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it.each([
    ["no revision", saved.replace('"revisionId":"undated",', ""), "(undefined) that this site does not have"],
    ["a revision this site does not have", asRevision("1999-01"), "(1999-01) that this site does not have"],
    [
      "a known revision under another policy id",
      asRevision("2019-01").replace('"policyId":"slough/2019-01"', '"policyId":"slough/other"'),
      "that this site does not have",
    ],
    ["stages that are not a list", asRevision("2019-01").replace(/"stages":\[.*?\]/, '"stages":"abc"'), "not shaped like this form's"],
    ["a status that is not a list", saved.replace('"status":["looked-after"]', '"status":5'), "not shaped like this form's"],
  ])("refuses a draft with %s, which could otherwise break the form", (_label, text, message) => {
    const result = open(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it("refuses a stage named like a built-in property from this revision, and survives it from another", () => {
    expect(open(saved.replace('"stage-1"', '"constructor"')).ok).toBe(false);
    const other = open(asRevision("2019-01").replace('"stage-1"', '"constructor"'));
    expect(other.ok).toBe(true);
    const dues = computeStageDueDates(
      other.ok ? (other.data as { stages: { stage: string; dateRaised: string }[] }).stages : [],
      {},
      england,
      fixedToday,
    );
    expect(dues).toEqual([
      {
        index: 0,
        overdue: false,
        reason: "The policy does not state a timescale for this stage",
        recordText: "The policy does not state a timescale for this stage",
      },
    ]);
  });

  it("refuses a file over the size limit before reading it", () => {
    const result = open("", maxFormFileBytes + 1);
    expect(!result.ok && result.message).toMatch(/too large \(1953 KB\)/);
  });
});

describe("describeAnswers", () => {
  const { schema } = generateFormSchema(seed("lscb-chapter-2-3"));
  const data = {
    child: { name: "Robin", dateOfBirth: "2015-03-09", status: ["looked-after", "child-in-need"] },
    people: { raiser: { name: "R", role: "line-manager" } },
    stages: [{ stage: "stage-two", dateRaised: "2025-12-05", timeRaised: "16:30" }],
    sideActions: { "inform-board-chair": { done: true } },
    bankHolidays: "wales",
  };

  it("labels every answer with the form's own titles, options in words and dates written out", () => {
    const sections = describeAnswers(schema as never, data);
    const find = (heading: string, label: string) =>
      sections.find((s) => s.heading === heading)?.lines.find((l) => l.label === label)?.value;
    expect(find("About the child", "Date of birth")).toBe("9 March 2015");
    expect(find("About the child", "The child's status")).toBe("Looked after, Child in need");
    expect(find("About the child", "Case reference")).toBe("");
    expect(find("The people", "Raised by: Role")).toBe("Line manager or equivalent");
    expect(find("Stage record 1", "Stage")).toBe("Stage Two: Informal Dispute Procedure");
    expect(find("Stage record 1", "Date raised at this stage")).toBe("5 December 2025");
    expect(find("Actions beside the stages", "Inform the Safeguarding Board Independent Chair: Done")).toBe("Yes");
    expect(find("Other answers", "Which bank holidays apply?")).toBe("Wales");
    expect(sections.map((s) => s.heading)).toEqual([
      "About the child",
      "The people",
      "The concern",
      "Stage record 1",
      "Actions beside the stages",
      "Other answers",
    ]);
  });

  it("says why an empty worked-out value is empty, where told, and leaves answers alone", () => {
    const sections = describeAnswers(schema as never, data, undefined, (path) =>
      path === "stages.0.respondBy" ? "The policy does not state a timescale for this stage" : "said of every other empty value",
    );
    const stage = sections.find((s) => s.heading === "Stage record 1")!.lines;
    expect(stage.find((l) => l.label === "Respond by")?.value).toBe("The policy does not state a timescale for this stage");
    expect(stage.find((l) => l.label === "Date raised at this stage")?.value).toBe("5 December 2025");
    // Each answer names its field, for its Change link; what the form works out names none.
    expect(stage.find((l) => l.label === "Date raised at this stage")?.path).toBe("stages.0.dateRaised");
    expect(stage.find((l) => l.label === "Respond by")?.path).toBeUndefined();
    // Only empty values are filled in: a given answer is never replaced.
    expect(sections.flatMap((s) => s.lines).filter((l) => l.value === "said of every other empty value").length).toBeGreaterThan(0);
    expect(sections.find((s) => s.heading === "About the child")!.lines.find((l) => l.label === "Child's name")?.value).toBe("Robin");
  });

  it("leaves out what the form is not showing", () => {
    const sections = describeAnswers(schema as never, data, (path) => path.startsWith("sideActions."));
    expect(sections.map((s) => s.heading)).not.toContain("Actions beside the stages");
  });
});

describe("transformErrors", () => {
  const { schema, uiSchema } = generateFormSchema(seed("solihull"));
  const error = (name: string, property: string, params: object = {}): RJSFValidationError => ({
    name,
    property,
    params,
    message: "ajv's words",
    stack: "",
  });

  it("writes GOV.UK messages from the field titles, with the generator's labels where titles repeat", () => {
    const messages = transformErrors(
      [
        error("required", ".child.name"),
        error("minItems", ".child.status", { limit: 1 }),
        error("required", ".people.raiser.name"),
        error("required", ".people.recipient.role"),
        error("required", ".stages.0.dateRaised"),
        error("format", ".stages.0.dateRaised"),
        error("maxLength", ".concern.description", { limit: 5000 }),
        error("if", ".stages.0"),
      ],
      schema as RJSFSchema,
      uiSchema,
    ).map((e) => e.message);
    expect(messages).toEqual([
      "Enter child's name",
      "Select the child's status",
      "Enter the name of the person raising the concern",
      "Select the role of the person it is raised with",
      "Enter the date raised at this stage (stage record 1)",
      "Date raised at this stage must be a real date (stage record 1)",
      "What the disagreement is about must be 5000 characters or fewer",
    ]);
  });

  it("names whose date an error is about where every such question is titled 'Date'", () => {
    const formOf = (file: string) => {
      const policy = compilePolicyFile(path.join(repoRoot, file), { today: fixedToday }).policy!;
      return { policy, form: generateFormSchema(policy) };
    };
    const messageFor = (file: string, property: string) => {
      const { form } = formOf(file);
      return transformErrors([error("format", property)], form.schema as RJSFSchema, form.uiSchema as never)[0]!.message;
    };
    const ladder = formOf("test/fixtures/shapes/laddershire/2024-01.yaml");
    const outputs = (ladder.form.schema.properties as Record<string, { properties: Record<string, { title: string }> }>).stageOutputs!
      .properties;
    const [outputId, output] = Object.entries(outputs)[0]!;
    expect(messageFor("test/fixtures/shapes/laddershire/2024-01.yaml", `.stageOutputs.${outputId}.date`)).toBe(
      `The date for ${output.title} must be a real date`,
    );
    expect(messageFor("policies/solihull/2017-04.yaml", ".sideActions.notify-iro.date")).toBe(
      "The date for Notify the child's Independent Reviewing Officer must be a real date",
    );
  });
});

describe("categoryApplies", () => {
  const raisers = { "cp-drift": ["cp-chair"], "iro-drift": ["iro"] };
  it("offers each raiser their own list, shared lists to everyone, and everything to a raiser no list names", () => {
    expect(categoryApplies(raisers, "cp-drift", "cp-chair")).toBe(true);
    expect(categoryApplies(raisers, "iro-drift", "cp-chair")).toBe(false);
    expect(categoryApplies(raisers, "shared", "cp-chair")).toBe(true);
    expect(categoryApplies(raisers, "iro-drift", "social-worker")).toBe(true);
    expect(categoryApplies(raisers, "iro-drift", undefined)).toBe(true);
  });
});

describe("sideActionApplies", () => {
  it("follows the policy's stage, status, raiser and not-resolved conditions", () => {
    const atStageFour = { at: ["stage-four"] } as const;
    expect(sideActionApplies(atStageFour, { stages: [{ stage: "stage-one" }] })).toBe(false);
    expect(sideActionApplies(atStageFour, { stages: [{ stage: "stage-one" }, { stage: "stage-four" }] })).toBe(true);
    const cafcass = { at: "any", raisedBy: ["iro"], notResolved: true } as const;
    expect(sideActionApplies(cafcass, { people: { raiser: { role: "iro" } }, stages: [{ outcome: "resolved" }] })).toBe(false);
    expect(sideActionApplies(cafcass, { people: { raiser: { role: "iro" } }, stages: [{ outcome: "not-resolved" }] })).toBe(true);
    expect(sideActionApplies(cafcass, { people: { raiser: { role: "cp-chair" } }, stages: [{ outcome: "not-resolved" }] })).toBe(false);
    const iro = { at: "any", childStatus: ["looked-after", "child-protection-plan"] } as const;
    expect(sideActionApplies(iro, { child: { status: ["child-in-need"] } })).toBe(false);
    expect(sideActionApplies(iro, { child: { status: ["child-in-need", "looked-after"] } })).toBe(true);
  });

  it("counts no reply as not resolved, and follows `notResolved: false` as 'once resolved' rather than ignoring it", () => {
    const onEscalation = { at: "any", notResolved: true } as const;
    expect(sideActionApplies(onEscalation, { stages: [{ outcome: "no-reply" }] })).toBe(true);
    const onResolution = { at: "any", notResolved: false } as const;
    expect(sideActionApplies(onResolution, { stages: [{ outcome: "not-resolved" }] })).toBe(false);
    expect(sideActionApplies(onResolution, { stages: [{ outcome: "not-resolved" }, { outcome: "resolved" }] })).toBe(true);
  });

  it("follows the event an action is tied to: raised once a stage is chosen, resolved once a stage is resolved", () => {
    expect(sideActionApplies({ at: "any", on: "escalation-raised" }, { stages: [{}] })).toBe(false);
    expect(sideActionApplies({ at: "any", on: "escalation-raised" }, { stages: [{ stage: "stage-1" }] })).toBe(true);
    expect(sideActionApplies({ at: "any", on: "resolved" }, { stages: [{ stage: "stage-1", outcome: "not-resolved" }] })).toBe(false);
    expect(sideActionApplies({ at: "any", on: "resolved" }, { stages: [{ stage: "stage-1", outcome: "resolved" }] })).toBe(true);
    expect(
      sideActionApplies({ at: ["stage-2"], on: "resolved" }, { stages: [{ stage: "stage-1", outcome: "resolved" }, { stage: "stage-2" }] }),
    ).toBe(false);
  });
});

describe("emptyFormData", () => {
  it("starts every seed's form with its sections and one stage record, and no answers", () => {
    for (const area of ["sandwell", "solihull", "slough", "liquid-logic-authority", "lscb-chapter-2-3"]) {
      const { schema } = generateFormSchema(seed(area));
      expect(emptyFormData(schema as RJSFSchema), area).toEqual({
        child: {},
        people: { raiser: {}, recipient: {} },
        concern: {},
        stages: [{}],
      });
    }
  });
});

describe("startAtEntryPoint", () => {
  const starts = { case: "verbal-discussion", management: "management-alert" };

  it("sets the first stage record to where the chosen kind of concern starts", () => {
    const next = startAtEntryPoint({}, { concern: { entryPoint: "management" }, stages: [{}] }, starts);
    expect(next.stages).toEqual([{ stage: "management-alert" }]);
    // With no stage record yet, one is made for it.
    const made: { concern: { entryPoint: string }; stages?: { stage?: string }[] } = { concern: { entryPoint: "case" } };
    expect(startAtEntryPoint({}, made, starts).stages).toEqual([{ stage: "verbal-discussion" }]);
  });

  it("follows a changed choice, but never overwrites a stage the user chose", () => {
    const before = { concern: { entryPoint: "case" }, stages: [{ stage: "verbal-discussion" }] };
    const changed = startAtEntryPoint(before, { concern: { entryPoint: "management" }, stages: [{ stage: "verbal-discussion" }] }, starts);
    expect(changed.stages).toEqual([{ stage: "management-alert" }]);
    const own = { concern: { entryPoint: "case" }, stages: [{ stage: "case-alert-to-team-manager" }] };
    const kept = startAtEntryPoint(
      own,
      { concern: { entryPoint: "management" }, stages: [{ stage: "case-alert-to-team-manager" }] },
      starts,
    );
    expect(kept.stages).toEqual([{ stage: "case-alert-to-team-manager" }]);
  });

  it("leaves later records, other answers and an unchanged choice alone", () => {
    const data = { concern: { entryPoint: "case" }, stages: [{ stage: "x", dateRaised: "2025-01-02" }, { stage: "y" }] };
    expect(startAtEntryPoint(data, data, starts)).toBe(data);
    const next = startAtEntryPoint({}, { concern: { entryPoint: "case" }, stages: [{ dateRaised: "2025-01-02" }, { stage: "y" }] }, starts);
    expect(next.stages).toEqual([{ dateRaised: "2025-01-02", stage: "verbal-discussion" }, { stage: "y" }]);
    expect(startAtEntryPoint({}, { concern: { entryPoint: "unknown" } }, starts)).toEqual({ concern: { entryPoint: "unknown" } });
  });
});

describe("stageGuide", () => {
  const guides = { "stage-2": ["Raised with: first-line managers."], "stage-1": ["Raised with: the other practitioner."] };
  const agencies = { "stage-2": { Police: "Police: raise it with detective sergeant." } };

  it("adds the chosen agency's post at a stage that names one per agency, and only there", () => {
    expect(stageGuide(guides, agencies, { stage: "stage-2", agency: "Police" })).toEqual([
      "Raised with: first-line managers.",
      "Police: raise it with detective sergeant.",
    ]);
    expect(stageGuide(guides, agencies, { stage: "stage-2", agency: "other" })).toEqual(["Raised with: first-line managers."]);
    expect(stageGuide(guides, agencies, { stage: "stage-1", agency: "Police" })).toEqual(["Raised with: the other practitioner."]);
  });

  it("gives no guide before a stage is chosen, or for a stage the policy does not have", () => {
    expect(stageGuide(guides, agencies, { agency: "Police" })).toBeUndefined();
    expect(stageGuide(guides, agencies, { stage: "constructor" })).toBeUndefined();
  });
});
