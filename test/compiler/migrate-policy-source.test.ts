import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { migratePolicySource } from "../../src/compiler/migrate-policy-source.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

/** A format-1 policy: the fixture that `npm run check` refuses with POLICY_FORMAT_OUTDATED. */
const formatOne = readFileSync(fromRoot("test/fixtures/invalid/policy-format-outdated.yaml"), "utf8");
const identity = { areaId: "testshire", revisionId: "2024-01", file: "policies/testshire/2024-01.yaml" };

describe("migratePolicySource", () => {
  it("upgrades a format-1 file to one that compiles, keeping its comments and its line count", () => {
    expect(compilePolicySource(formatOne, identity, { today: fixedToday }).diagnostics.map((d) => d.code)).toEqual([
      "POLICY_FORMAT_OUTDATED",
    ]);
    const result = migratePolicySource(formatOne);
    if (result.status !== "migrated") throw new Error(result.status);
    expect(result.changes).toEqual(["formatVersion: 1 -> 2", "source: -> sources: (a list of one)"]);
    expect(result.text.split("\n")).toHaveLength(formatOne.split("\n").length);
    expect(result.text).toContain("# expect:");
    expect(result.text).toContain("sources:\n  - title: Testshire escalation procedure\n    owner: Testshire Safeguarding Partnership\n");
    const compiled = compilePolicySource(result.text, identity, { today: fixedToday });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.policy!.sources[0].title).toBe("Testshire escalation procedure");
  });

  it("turns `toStage: any-higher` into `toAnyHigherStage: true`, and a flow-style source into a list", () => {
    const text = formatOne
      .replace(/^source:\n(  .*\n)+/m, "source: { title: T, owner: O, date: 2024-01 } # the handbook\n")
      .concat(
        "routes:\n  - id: skip\n    kind: bypass\n    title: Skip\n    when: Urgent\n    raisedBy: [practitioner]\n    toStage: any-higher # any\n    record: not stated\n",
      );
    const result = migratePolicySource(text);
    if (result.status !== "migrated") throw new Error(result.status === "failed" ? result.reason : result.status);
    expect(result.text).toContain("sources: [{ title: T, owner: O, date: 2024-01 }] # the handbook");
    expect(result.text).toContain("    toAnyHigherStage: true # any\n");
    const compiled = compilePolicySource(result.text, identity, { today: fixedToday });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.policy!.routes[0]!.toStage).toEqual({ kind: "any-higher" });
  });

  it("leaves a format-2 file alone and refuses what it cannot upgrade safely, saying why", () => {
    expect(migratePolicySource(readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8"))).toEqual({ status: "current" });
    expect(migratePolicySource("title: [")).toMatchObject({ status: "failed", reason: expect.stringContaining("not readable YAML") });
    expect(migratePolicySource("formatVersion: 7\n")).toMatchObject({ status: "failed", reason: "its formatVersion is 7, not 1" });
    // A source written as a block with its first key on a second document line the edit cannot follow.
    const odd = formatOne.replace(/^source:\n/m, "source: &src\n");
    expect(migratePolicySource(odd)).toMatchObject({ status: "failed" });
  });
});

describe("npm run migrate", () => {
  it("upgrades the files in place, prints the diff, and then finds nothing to do", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-migrate-"));
    mkdirSync(path.join(dir, "testshire"));
    const file = path.join(dir, "testshire", "2024-01.yaml");
    writeFileSync(file, formatOne);
    const run = () =>
      spawnSync(process.execPath, ["scripts/migrate-policies.ts", dir], {
        cwd: fromRoot(),
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("-formatVersion: 1\n+formatVersion: 2\n");
    expect(first.stdout).toContain("-source:\n");
    expect(first.stdout).toContain("1 file(s) upgraded to format 2, 0 not migrated, 0 already in format 2.");
    expect(readFileSync(file, "utf8")).toContain("formatVersion: 2");
    expect(run().stdout).toContain("0 file(s) upgraded to format 2, 0 not migrated, 1 already in format 2.");
  });
});
