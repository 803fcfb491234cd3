/** The sentences of the "what changed" page, each tested on its own. */
import { describe, expect, it } from "vitest";
import {
  describeAdded,
  describeChangedFromTo,
  describeContactChange,
  describeContactPart,
  describeFieldChange,
  describeJurisdictionChange,
  describeMoved,
  describeRemoved,
  describeRenamed,
  describeTextAdded,
  describeTimescaleChanged,
  describeTimescaleLength,
  describeTimescaleNoLongerStated,
  describeTimescaleNowStated,
  shorten,
} from "../../src/diff/describe-changes.ts";

describe("change sentences", () => {
  it("words things added, removed and renamed, with where they are", () => {
    expect(describeAdded("Role", "IRO")).toBe('Role "IRO" added.');
    expect(describeAdded("Category", "Placement", ' to "Issues"')).toBe('Category "Placement" added to "Issues".');
    expect(describeRemoved("Stage", "Stage 5", ' in "Concerns"')).toBe('Stage "Stage 5" removed in "Concerns".');
    expect(describeRenamed("Track", "Escalation", "Challenge")).toBe('Track "Escalation" renamed "Challenge".');
    expect(describeTextAdded("Principle", "Record every decision.")).toBe('Principle added: "Record every decision".');
    expect(describeChangedFromTo("Title", "A", "B")).toBe('Title changed from "A" to "B".');
  });

  it("words a field that is now stated, no longer stated, or changed, quoting only short values", () => {
    expect(describeFieldChange("purpose", "not stated in the procedure", "To help", { was: true, now: false })).toBe(
      'purpose is now stated: "To help"',
    );
    expect(describeFieldChange("purpose", "To help", "not available to us: see the original", { was: false, now: true })).toBe(
      'purpose is no longer stated (it was "To help")',
    );
    expect(describeFieldChange("purpose", "A", "B", { was: false, now: false })).toBe('purpose changed from "A" to "B"');
    expect(describeFieldChange("purpose", "x".repeat(101), "B", { was: false, now: false })).toBe("purpose changed");
  });

  it("words moves, nations and timescales", () => {
    expect(describeMoved("Stage 2", "earlier", "position 3", "position 2")).toBe("Stage 2: moved earlier, from position 3 to position 2.");
    expect(describeJurisdictionChange(undefined, "England")).toBe(
      "The policy now says it applies in England, whose bank holidays are skipped when working days are counted.",
    );
    expect(describeJurisdictionChange("Wales", undefined)).toMatch(
      /^The policy no longer says which nation it applies in \(it said Wales\)/,
    );
    expect(describeJurisdictionChange("Wales", "England")).toMatch(/^Jurisdiction changed from Wales to England/);
    expect(describeTimescaleLength("Stage 1", "5 working days", "3 working days")).toBe(
      "Stage 1: timescale changed from 5 working days to 3 working days.",
    );
    expect(describeTimescaleNowStated("Stage 1", "To reply within 5 working days")).toBe(
      "Stage 1: a timescale is now stated (To reply within 5 working days).",
    );
    expect(describeTimescaleNoLongerStated("Stage 1", "x")).toBe("Stage 1: the timescale is no longer stated (it was x).");
    expect(describeTimescaleChanged("Stage 1", "a", "b")).toBe('Stage 1: timescale changed from "a" to "b".');
  });

  it("words a contact's changed details", () => {
    const parts = [
      describeContactPart("who", "A", "B"),
      describeContactPart("email", undefined, "a@b.org"),
      describeContactPart("phone", "1", "2"),
    ];
    expect(describeContactChange("A", parts)).toBe('Contact "A": renamed "B", email a@b.org added and phone changed from 1 to 2.');
  });

  it("cuts long texts at a word, without their own full stop", () => {
    expect(shorten("A short text.")).toBe("A short text");
    expect(shorten(`${"word ".repeat(40)}end`, 20)).toBe("word word word word…");
  });
});
