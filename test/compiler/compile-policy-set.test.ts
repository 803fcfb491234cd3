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

const minimal = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8");

interface RevisionDates {
  readonly effective: string;
  readonly published?: string;
  readonly supersedes?: string;
}

/** A policies folder with one area whose revisions take effect on the given days (`effective:` is on line 17). */
function area(revisions: Record<string, string | RevisionDates>): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-revisions-"));
  mkdirSync(path.join(dir, "testshire"));
  const files = Object.entries(revisions).map(([revision, dates]) => {
    const { effective, published = "2024-01-10", supersedes } = typeof dates === "string" ? { effective: dates } : dates;
    const file = path.join(dir, "testshire", `${revision}.yaml`);
    writeFileSync(
      file,
      minimal
        .replace(/^  version: .*$/m, `  version: "${revision}"`)
        .replace(/^  published: .*$/m, `  published: ${published}`)
        .replace(/^  effective: .*$/m, `  effective: ${effective}`)
        .replace(/^  nextReview: .*$/m, `  nextReview: 2100-01${supersedes ? `\n  supersedes: "${supersedes}"` : ""}`),
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
      ["POLICY_REVISION_SAME_DAY", "second.yaml", 17, 14],
    ]);
    expect(set.diagnostics[0]!.message).toBe("Revisions second and first of Testshire both take effect on 2024-06-03.");
  });

  it("reports an undated revision among several when nothing places it among them", () => {
    const { files } = area({ dated: "2024-06-03", undated: { effective: "not stated", published: "not stated" } });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics.map((d) => [d.code, path.basename(d.file), d.start.line])).toEqual([
      ["POLICY_REVISION_UNDATED", "undated.yaml", 17],
    ]);
  });

  it("orders an undated revision after the one it supersedes, and makes it current", () => {
    const { files } = area({
      "2015-09": { effective: "2015-09", published: "not stated" },
      "2020-01": { effective: "not seen", published: "not seen", supersedes: "2015-09" },
    });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics).toEqual([]);
    expect(set.areas[0]!.revisions.map((r) => [r.policy.revisionId, r.status])).toEqual([
      ["2015-09", "superseded"],
      ["2020-01", "current"],
    ]);
  });

  it("places a revision that supersedes another straight after it, before a later one", () => {
    const { files } = area({
      a: "2019-04-01",
      b: { effective: "not stated", published: "not stated", supersedes: "a" },
      c: "2099-01-04",
    });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics).toEqual([]);
    expect(set.areas[0]!.revisions.map((r) => [r.policy.revisionId, r.status])).toEqual([
      ["a", "superseded"],
      ["b", "current"],
      ["c", "upcoming"],
    ]);
  });

  it("reports a supersedes that contradicts the dates, one revision superseded twice, and a loop", () => {
    const later = compilePolicySet(area({ a: "2024-04-01", b: { effective: "2023-04-01", supersedes: "a" } }).files, { today: fixedToday });
    expect(later.diagnostics.map((d) => d.code)).toEqual(["POLICY_SUPERSEDES_LATER"]);
    expect(later.diagnostics[0]!.message).toBe("Revision `b` says it supersedes `a`, which takes effect later, on 2024-04-01.");
    const twice = area({
      a: "2019-04-01",
      b: { effective: "not stated", published: "not stated", supersedes: "a" },
      c: { effective: "not stated", published: "not stated", supersedes: "a" },
    });
    expect(compilePolicySet(twice.files, { today: fixedToday }).diagnostics.map((d) => d.code)).toEqual(["POLICY_SUPERSEDED_TWICE"]);
    const loop = area({
      a: { effective: "not stated", published: "not stated", supersedes: "b" },
      b: { effective: "not stated", published: "not stated", supersedes: "a" },
    });
    const looped = compilePolicySet(loop.files, { today: fixedToday });
    expect(looped.diagnostics.map((d) => d.code)).toEqual(["POLICY_SUPERSEDES_LOOP", "POLICY_SUPERSEDES_LOOP"]);
    expect(looped.areas).toEqual([]);
  });

  it("orders an undated revision by its published date", () => {
    const { files } = area({ older: { effective: "2019-04-01" }, newer: { effective: "not stated", published: "2021-03" } });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics).toEqual([]);
    expect(set.areas[0]!.revisions.map((r) => r.policy.revisionId)).toEqual(["older", "newer"]);
    expect(set.areas[0]!.current.revisionId).toBe("newer");
  });

  it("reports a `supersedes` that names no revision of the area", () => {
    const { files } = area({ a: "2019-04-01", b: { effective: "not stated", published: "not stated", supersedes: "2019-03" } });
    const set = compilePolicySet(files, { today: fixedToday });
    expect(set.diagnostics.map((d) => d.code)).toEqual(["POLICY_UNKNOWN_REFERENCE", "POLICY_REVISION_UNDATED"]);
    expect(set.diagnostics[0]!.message).toBe("No revision of Testshire has the id `2019-03`.");
  });

  it("still reports an undated revision when another file of the area has an error", () => {
    const { dir, files } = area({ dated: "2024-06-03", undated: { effective: "not stated", published: "not stated" } });
    const broken = path.join(dir, "testshire", "broken.yaml");
    writeFileSync(broken, "formatVersion: 2\ntitle: [\n");
    const set = compilePolicySet([...files, broken], { today: fixedToday });
    expect(set.diagnostics.map((d) => d.code)).toContain("POLICY_REVISION_UNDATED");
    expect(set.areas).toEqual([]);
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
      /testshire\/second\.yaml:17:14 error POLICY_REVISION_SAME_DAY Revisions second and first of Testshire both take effect on 2024-06-03\./,
    );
    expect(result.stdout).toContain("hint: Give each revision its own `effective` date");
    expect(result.stdout).toContain("2 files checked: 1 error, 0 warnings.");
  });
});

describe("compilePolicySet: compiling again after a save (npm run dev)", () => {
  it("keeps the result of each file whose text is unchanged and compiles the saved one again", () => {
    const { files } = area({ "2023-01": "2023-01-09", "2024-06": "2024-06-03" });
    const first = compilePolicySet(files, { today: fixedToday });
    const [older, newer] = files as [string, string];
    writeFileSync(newer, readFileSync(newer, "utf8").replace(/^title: .*$/m, "title: Saved again"));
    const second = compilePolicySet(files, { today: fixedToday }, first);
    const result = (set: typeof first, file: string) => set.files.find((f) => f.file === file)!;
    expect(result(second, older)).toBe(result(first, older));
    expect(result(second, newer)).not.toBe(result(first, newer));
    expect(result(second, newer).policy!.title).toBe("Saved again");
    // On another day a file's warnings may differ (a review falls due): nothing is kept.
    const nextDay = compilePolicySet(files, { today: "2025-06-02" }, first);
    expect(result(nextDay, older)).not.toBe(result(first, older));
    // What spans files is worked out again from the results: the saved revision is current.
    expect(second.areas[0]!.current.title).toBe("Saved again");
    // A save that breaks the file is reported, not hidden behind its last good result.
    writeFileSync(newer, `${readFileSync(newer, "utf8")}\nbogus: [\n`);
    const third = compilePolicySet(files, { today: fixedToday }, second);
    expect(third.diagnostics.map((d) => d.code)).toContain("YAML_SYNTAX");
    expect(third.areas).toEqual([]);
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
