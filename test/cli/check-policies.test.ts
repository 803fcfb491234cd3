import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { diagnosticCatalogue } from "../../src/diagnostics/diagnostic-catalogue.ts";
import { fromRoot, invalidFixtureFiles, readExpectations } from "../helpers.ts";

/** Runs `npm run check` the way an author does (the script itself, with the project's Node). */
function check(...args: string[]) {
  const result = spawnSync(process.execPath, ["src/cli/check-policies.ts", ...args], {
    cwd: fromRoot(),
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run check", () => {
  it("passes the shipped policies with no errors", () => {
    const { status, stdout } = check("--today=2025-06-01");
    expect(stdout).toMatch(/^\d+ files checked: 0 errors, \d+ warnings?\.$/m);
    expect(status).toBe(0);
  });

  it("reports every problem of every file given, as file:line:col severity CODE, and fails", () => {
    const { status, stdout, stderr } = check(
      "test/fixtures/invalid/policy-unknown-unit.yaml",
      "test/fixtures/invalid/schema-required.yaml",
      "--today=2025-06-01",
    );
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(stdout).toContain(
      "test/fixtures/invalid/policy-unknown-unit.yaml:53:19 error POLICY_UNKNOWN_UNIT `working days` is not a timescale unit.",
    );
    expect(stdout).toContain("test/fixtures/invalid/schema-required.yaml:4:1 error SCHEMA_REQUIRED `owner` is missing from `area`.");
    expect(stdout).toContain("  hint: Did you mean `working-days`?");
    expect(stdout).toContain("2 files checked: 2 errors, 0 warnings.");
  });

  it("checks a whole folder", () => {
    const { status, stdout } = check("test/fixtures/invalid", "--today=2025-06-01");
    expect(status).toBe(1);
    // Each fixture expects its own diagnostics; the warnings among them are all the folder has.
    const expected = invalidFixtureFiles().flatMap((file) => readExpectations(file));
    const warnings = expected.filter((e) => diagnosticCatalogue[e.code as keyof typeof diagnosticCatalogue].severity === "warning").length;
    expect(warnings).toBeGreaterThan(1);
    expect(stdout).toContain(`${invalidFixtureFiles().length} files checked: ${expected.length - warnings} errors, ${warnings} warnings.`);
  });

  it("warns about an overdue review, and fails on it only with --strict", () => {
    const file = "test/fixtures/invalid/policy-review-overdue.yaml";
    const lenient = check(file, "--today=2025-06-01");
    expect(lenient.stdout).toContain("warning POLICY_REVIEW_OVERDUE");
    expect(lenient.status).toBe(0);
    expect(check(file, "--strict", "--today=2025-06-01").status).toBe(1);
  });

  it("reports a missing file as a diagnostic, not a crash", () => {
    const { status, stdout, stderr } = check("policies/nowhere/2024-01.yaml");
    expect(status).toBe(1);
    expect(stdout).toContain("error YAML_UNREADABLE The file could not be read: ENOENT.");
    expect(stderr).toBe("");
  });
});
