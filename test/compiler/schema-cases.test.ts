import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

interface SchemaCase {
  readonly name: string;
  readonly set?: Record<string, unknown>;
  readonly delete?: readonly string[];
  readonly expect: readonly string[];
}

const cases = YAML.parse(readFileSync(fromRoot("test/fixtures/schema-cases.yaml"), "utf8")) as SchemaCase[];
const minimal = YAML.parse(readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8")) as Record<string, unknown>;

/** Walks to the parent of a slash path, creating nothing: a bad path in a case is a test bug. */
function parentOf(root: unknown, path: string): [Record<string, unknown>, string] {
  const segments = path.split("/");
  const last = segments.pop()!;
  let node = root as Record<string, unknown>;
  for (const segment of segments) {
    const next = node[segment];
    if (next === null || typeof next !== "object") throw new Error(`case path ${path} does not exist at ${segment}`);
    node = next as Record<string, unknown>;
  }
  return [node, last];
}

describe("schema behaviour cases (test/fixtures/schema-cases.yaml)", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(25));
  for (const testCase of cases) {
    it(testCase.name, () => {
      const policy = structuredClone(minimal);
      for (const [path, value] of Object.entries(testCase.set ?? {})) {
        const [parent, key] = parentOf(policy, path);
        parent[key] = value;
      }
      for (const path of testCase.delete ?? []) {
        const [parent, key] = parentOf(policy, path);
        delete parent[key];
      }
      const result = compilePolicySource(
        YAML.stringify(policy),
        { areaId: "testshire", revisionId: "2024-01", file: "t.yaml" },
        { today: fixedToday },
      );
      expect(result.diagnostics.map((d) => d.code)).toEqual(testCase.expect);
    });
  }
});
