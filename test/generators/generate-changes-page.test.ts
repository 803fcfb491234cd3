import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { diffPolicies } from "../../src/diff/diff-policies.ts";
import { generateChangesPage } from "../../src/generators/generate-changes-page.ts";
import { expectGolden, fixedToday, fromRoot } from "../helpers.ts";

const compile = (revision: string) =>
  compilePolicyFile(fromRoot(`test/fixtures/revisions/northshire/${revision}.yaml`), { today: fixedToday }).policy!;

describe("generateChangesPage", () => {
  for (const [older, newer] of [
    ["2023-01", "2024-06"],
    ["2024-06", "2099-01"],
  ] as const) {
    it(`lays out northshire ${older} -> ${newer} as its golden file`, () => {
      const [a, b] = [compile(older), compile(newer)];
      const page = generateChangesPage(b, a, diffPolicies(a, b));
      expectGolden(`changes-page/northshire-${older}-to-${newer}.json`, `${JSON.stringify(page, null, 2)}\n`);
      // Every change is on the page, in its group, once.
      expect(page.groups.flatMap((g) => g.changes)).toHaveLength(diffPolicies(a, b).length);
    });
  }

  it("shows before and after only when the sentence does not already quote the new value", () => {
    const policy = compile("2024-06");
    const page = generateChangesPage(policy, policy, [
      { kind: "title-changed", area: "policy", id: "title", before: "Old", after: "New", summary: 'Title changed from "Old" to "New".' },
      {
        kind: "principle-changed",
        area: "principles",
        id: "p",
        before: "A long text",
        after: "A longer text",
        summary: "Principle: wording changed.",
      },
    ]);
    expect(page.groups.map((g) => g.title)).toEqual(["The policy", "Principles"]);
    expect(page.groups[0]!.changes[0]).not.toHaveProperty("values");
    expect(page.groups[1]!.changes[0]!.values).toEqual({ before: "A long text", after: "A longer text" });
  });

  it("has nothing to compare for a first revision, and keeps the authors' notes", () => {
    const first = compile("2023-01");
    const page = generateChangesPage(first, undefined, []);
    expect(page.comparedWith).toBeUndefined();
    expect(page.notes.length).toBe(first.revision.amendments.length);
  });
});
