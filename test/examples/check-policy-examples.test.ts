/**
 * Worked examples are tests: each seed carries at least two and all hold; a broken one
 * fails at its own line and column; a revision that changes a timescale breaks the
 * example that relied on it; `npm run check` fails on it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicySet } from "../../src/compiler/compile-policy-set.ts";
import { checkPolicyExamples } from "../../src/examples/check-policy-examples.ts";
import { describeExample } from "../../src/generators/describe-example.ts";
import { fromRoot, seedPolicyFiles } from "../helpers.ts";

const broken = fromRoot("test/fixtures/examples/broken/2024-01.yaml");
/** One-based line and column of `text` in the file, its first occurrence after the line holding `after`. */
const positionOf = (file: string, text: string, after = "") => {
  const lines = readFileSync(file, "utf8").split("\n");
  const from = lines.findIndex((l) => l.includes(after));
  const line = lines.findIndex((l, i) => i >= from && l.includes(text));
  return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
};

describe("worked examples", () => {
  it("every seed has at least two, and every one holds", () => {
    const set = compilePolicySet(seedPolicyFiles());
    for (const file of set.files) expect(file.policy!.examples.length, file.file).toBeGreaterThanOrEqual(2);
    expect(checkPolicyExamples(set.files)).toEqual([]);
  });

  it("reports each expectation that does not hold at its line and column, and not the one that does", () => {
    const diagnostics = checkPolicyExamples(compilePolicySet([broken]).files);
    expect(diagnostics.map((d) => [d.code, d.start, d.message])).toEqual([
      [
        "POLICY_EXAMPLE_FAILS",
        positionOf(broken, "2024-03-07"),
        'Worked example "A date one day early", the respond-by date: the form gives Friday, 8 March 2024, but the example says it gives Thursday, 7 March 2024.',
      ],
      [
        "POLICY_EXAMPLE_FAILS",
        positionOf(broken, "tell-the-iro", "A notice for a child"),
        'Worked example "A notice for a child who is not looked after", the side action `tell-the-iro`: the form does not show it, but the example says it shows it.',
      ],
      [
        "POLICY_EXAMPLE_FAILS",
        positionOf(broken, "true", "emergencyStop"),
        'Worked example "An emergency stop in a policy with no emergency route", the emergency stop: the form goes on, but the example says it stops.',
      ],
    ]);
  });

  it("fails when a revision changes the timescale an example counted on", () => {
    const source = readFileSync(fromRoot("policies/solihull/2017-04.yaml"), "utf8");
    const revised = source.replace(/(- id: stage-1\n[\s\S]*?amount: )5/, "$110");
    expect(revised).not.toBe(source);
    const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-examples-"));
    const file = path.join(dir, "solihull", "2017-04.yaml");
    spawnSync("mkdir", ["-p", path.dirname(file)]);
    writeFileSync(file, revised);
    const diagnostics = checkPolicyExamples(compilePolicySet([file]).files);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Worked example "A looked-after child\'s escalation raised the Friday before Christmas", the respond-by date: the form gives Wednesday, 7 January 2026, but the example says it gives Tuesday, 30 December 2025.',
    ]);
  });

  it("reads on the protocol page as the record given and what the form shows", () => {
    const set = compilePolicySet([fromRoot("policies/solihull/2017-04.yaml")]);
    const policy = set.files[0]!.policy!;
    expect(describeExample(policy, policy.examples[0]!)).toEqual({
      title: "A looked-after child's escalation raised the Friday before Christmas",
      given: [
        ["Stage", "Stage 1"],
        ["Raised on", "Friday, 19 December 2025"],
        ["Raised by", "Independent Reviewing Officer"],
        ["The child", "looked after"],
        ["Imminent significant harm", "no"],
      ],
      expected: [
        "Respond by Tuesday, 30 December 2025.",
        "The form shows: Notify the child's Independent Reviewing Officer.",
        "The form does not stop for the emergency route.",
      ],
    });
  });

  it("makes npm run check fail, with the example's location", () => {
    const result = spawnSync(process.execPath, ["src/cli/check-policies.ts", "test/fixtures/examples/broken"], {
      cwd: fromRoot(),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status).toBe(1);
    const at = positionOf(broken, "2024-03-07");
    expect(result.stdout).toContain(`test/fixtures/examples/broken/2024-01.yaml:${at.line}:${at.column} error POLICY_EXAMPLE_FAILS`);
  });
});
