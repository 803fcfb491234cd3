import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { changeAffectsRecord } from "../../src/diff/change-affects-record.ts";
import { diffPolicies } from "../../src/diff/diff-policies.ts";
import { generateFormBankHolidays, generateFormRevisionNotes } from "../../src/generators/generate-form-runtime.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const compile = (file: string) => compilePolicyFile(fromRoot(file), { today: fixedToday }).policy!;

describe("the form's build-time data", () => {
  it("embeds the policy's own nation's bank holidays, or every nation's when it does not say", () => {
    const solihull = generateFormBankHolidays(compile("policies/solihull/2017-04.yaml"), 2030);
    expect(Object.keys(solihull)).toEqual(["england"]);
    expect(solihull.england!["2025-12-25"]).toBe("Christmas Day");
    expect(solihull.england!["2022-09-19"]).toBe("Queen Elizabeth's Funeral Day");
    expect(Object.keys(solihull.england!)).toContain("2010-01-01");
    expect(Object.keys(solihull.england!).some((d) => d.startsWith("2031"))).toBe(false);
    const unnamed = generateFormBankHolidays(compile("policies/lscb-chapter-2-3/2016-02.yaml"), 2030);
    expect(Object.keys(unnamed)).toEqual(["england", "wales", "scotland", "northern-ireland"]);
    // St Andrew's Day 2026 is a Monday: a day off in Scotland only.
    expect(unnamed.scotland!["2026-11-30"]).toBe("St Andrew’s Day");
    expect(Object.keys(unnamed.england!)).not.toContain("2026-11-30");
  });

  it("lists, for each other revision, the changes since that bear on a record", () => {
    const older = compile("test/fixtures/revisions/northshire/2023-01.yaml");
    const newer = compile("test/fixtures/revisions/northshire/2024-06.yaml");
    const notes = generateFormRevisionNotes(newer, [older, newer]);
    expect(Object.keys(notes)).toEqual(["2023-01"]);
    expect(notes["2023-01"]!.version).toBe(older.revision.version);
    const expected = diffPolicies(older, newer)
      .filter(changeAffectsRecord)
      .map((c) => c.summary);
    expect(expected.length).toBeGreaterThan(0);
    expect(notes["2023-01"]!.changes).toEqual(expected);
  });
});
