/**
 * Which revision of an area is in force: the latest effective date not in the future;
 * later ones are upcoming; two on one day, or an undated one among several, are errors
 * that `npm run check` and the build both report at the file's `effective:` line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicySet } from "../../src/compiler/compile-policy-set.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const solihull = readFileSync(fromRoot("policies/solihull/2017-04.yaml"), "utf8");

/** A policies folder with one area whose revisions take effect on the given days. */
function area(revisions: Record<string, string>): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-revisions-"));
  mkdirSync(path.join(dir, "testshire"));
  const files = Object.entries(revisions).map(([revision, effective]) => {
    const file = path.join(dir, "testshire", `${revision}.yaml`);
    writeFileSync(
      file,
      solihull
        .replace(/^  version: .*$/m, `  version: "${revision}"`)
        .replace(/^  effective: .*$/m, `  effective: ${effective}`)
        .replace(/^  nextReview: .*$/m, "  nextReview: 2100-01"),
    );
    return file;
  });
  return { dir, files };
}

describe("compilePolicySet: choosing the revision in force", () => {
  it("orders revisions by effective date and makes the latest one not in the future current", () => {
    const { files } = area({ "2024-06": "2024-06-03", "2023-01": "2023-01-09", "2099-01": "2099-01-04" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics).toEqual([]);
    const [testshire] = set.areas;
    expect(testshire!.current.revisionId).toBe("2024-06");
    expect(testshire!.revisions.map((r) => [r.policy.revisionId, r.status, r.previous?.revisionId, r.next?.revisionId])).toEqual([
      ["2023-01", "superseded", undefined, "2024-06"],
      ["2024-06", "current", "2023-01", "2099-01"],
      ["2099-01", "upcoming", "2024-06", undefined],
    ]);
  });

  it("makes a revision current on its effective day itself, and a month-precision date from its first day", () => {
    const { files } = area({ a: "2025-06-01", b: "2025-05" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.areas[0]!.current.revisionId).toBe("a");
    expect(compilePolicySet(files, { today: "2025-05-31" }).areas[0]!.current.revisionId).toBe("b");
  });

  it("keeps a single undated revision as current", () => {
    const { files } = area({ only: "not stated" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics).toEqual([]);
    expect(set.areas[0]!.revisions.map((r) => r.status)).toEqual(["current"]);
  });

  it("reports two revisions taking effect on the same day as an error at the later file's effective date", () => {
    const { files } = area({ first: "2024-06-03", second: "2024-06-03" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.areas).toEqual([]);
    expect(set.diagnostics.map((d) => [d.code, path.basename(d.file), d.start.line, d.start.column])).toEqual([
      ["POLICY_REVISION_SAME_DAY", "second.yaml", 32, 14],
    ]);
    expect(set.diagnostics[0]!.message).toBe("Revisions second and first of Solihull both take effect on 2024-06-03.");
  });

  it("reports an undated revision among several", () => {
    const { files } = area({ dated: "2024-06-03", undated: "not stated" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics.map((d) => [d.code, path.basename(d.file), d.start.line])).toEqual([
      ["POLICY_REVISION_UNDATED", "undated.yaml", 32],
    ]);
  });

  it("warns when no revision is in force yet, and shows the first to come", () => {
    const { files } = area({ later: "2099-06-01", soon: "2099-01-04" });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics.map((d) => [d.code, d.severity, path.basename(d.file)])).toEqual([
      ["POLICY_AREA_NOT_IN_FORCE", "warning", "soon.yaml"],
    ]);
    expect(set.areas[0]!.current.revisionId).toBe("soon");
    expect(set.areas[0]!.revisions.map((r) => r.status)).toEqual(["upcoming", "upcoming"]);
  });

  it("is what npm run check reports, with the file, line and column", () => {
    const { dir } = area({ first: "2024-06-03", second: "2024-06-03" });
    const result = spawnSync(process.execPath, ["src/cli/check-policies.ts", dir, `--today=${fixedToday}`], {
      cwd: fromRoot(),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /testshire\/second\.yaml:32:14 error POLICY_REVISION_SAME_DAY Revisions second and first of Solihull both take effect on 2024-06-03\./,
    );
    expect(result.stdout).toContain("hint: Give each revision its own `effective` date");
    expect(result.stdout).toContain("2 files checked: 1 error, 0 warnings.");
  });
});

describe("npm run check on one revision", () => {
  it("judges a new revision against the area's other revisions, and reports only the file named", () => {
    const { files } = area({ "2024-06": "2024-06-03", "2099-01": "2099-01-04" });
    const result = spawnSync(process.execPath, ["src/cli/check-policies.ts", files[1]!, "--strict", `--today=${fixedToday}`], {
      cwd: fromRoot(),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    // Alone it would be an area with nothing in force yet; beside 2024-06 it is simply upcoming.
    expect(result.stdout).not.toContain("POLICY_AREA_NOT_IN_FORCE");
    expect(result.stdout).toContain("1 file checked: 0 errors, 0 warnings.");
    expect(result.status).toBe(0);
  });
});
