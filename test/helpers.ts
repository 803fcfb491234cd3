import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { findPolicyFiles } from "../src/compiler/find-policy-files.ts";

export const repoRoot = path.resolve(import.meta.dirname, "..");
export const fromRoot = (...parts: string[]) => path.join(repoRoot, ...parts);
/** Every test compiles "as of" this day, so review-date warnings never change under us. */
export const fixedToday = "2025-06-01";

export const seedPolicyFiles = (): string[] => findPolicyFiles([fromRoot("policies")]);
/** The real procedures of other areas (../shared/real-procedures), encoded as fixtures the format must carry. */
export const realPolicyFiles = (): string[] => findPolicyFiles([fromRoot("test/fixtures/real")]);

/** Every policy with golden files: the seeds under `policies/<area>/<revision>`, the real fixtures under `real/<area>/<revision>`. */
/** A made-up area with each shape of format 2 that the real fixtures do not use. */
export const shapesPolicyFiles = (): string[] => findPolicyFiles([fromRoot("test/fixtures/shapes")]);

/** Every policy with golden files: seeds as `policies/<area>/<revision>`, fixtures as `real/…` and `shapes/…`. */
export const goldenPolicyFiles = (): { file: string; golden: string }[] => [
  ...seedPolicyFiles().map((file) => ({ file, golden: `policies/${path.relative(fromRoot("policies"), file).replace(/\.ya?ml$/, "")}` })),
  ...realPolicyFiles().map((file) => ({
    file,
    golden: `real/${path.relative(fromRoot("test/fixtures/real"), file).replace(/\.ya?ml$/, "")}`,
  })),
  ...shapesPolicyFiles().map((file) => ({
    file,
    golden: `shapes/${path.relative(fromRoot("test/fixtures/shapes"), file).replace(/\.ya?ml$/, "")}`,
  })),
];

export interface Expectation {
  readonly code: string;
  readonly line: number;
  readonly column: number;
}

/** Reads `# expect: CODE line:col` lines from the top of a fixture. */
export function readExpectations(file: string): Expectation[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => /^# expect: ([A-Z_]+) (\d+):(\d+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: m[1]!, line: Number(m[2]), column: Number(m[3]) }));
}

export const invalidFixtureFiles = (): string[] =>
  readdirSync(fromRoot("test/fixtures/invalid"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => fromRoot("test/fixtures/invalid", f));

/**
 * Compares generated text with its golden file under test/golden. Run the tests with
 * UPDATE_GOLDEN=1 to (re)write the files, then review the diff before committing.
 */
export function expectGolden(relativePath: string, actual: string): void {
  const file = fromRoot("test/golden", relativePath);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`Missing golden file test/golden/${relativePath}; run the tests with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
