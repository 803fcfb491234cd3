import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { compilePolicySource, type CompileResult } from "../../src/compiler/compile-policy.ts";
import { fixedToday, fromRoot, seedPolicyFiles } from "../helpers.ts";

/**
 * Feeds mutated policies to the compiler. The property: it never throws, and it either
 * returns a policy with no errors or diagnostics with at least one error, each with a
 * position inside the file.
 */
const identity = { areaId: "fuzz", revisionId: "2024-01", file: "policies/fuzz/2024-01.yaml" };
const bases = [fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), ...seedPolicyFiles()].map((f) => readFileSync(f, "utf8"));

function assertWellBehaved(source: string): void {
  let result: CompileResult;
  try {
    result = compilePolicySource(source, identity, { today: fixedToday });
  } catch (error) {
    throw new Error(`compiler threw ${String(error)} for input:\n${source.slice(0, 2000)}`);
  }
  // The compiler turns its own faults into POLICY_CHECK_FAILED rather than throwing: for
  // the fuzzer that is still a failure, a bug to fix.
  const faults = result.diagnostics.filter((d) => d.code === "POLICY_CHECK_FAILED");
  if (faults.length > 0) throw new Error(`compiler fault ${faults[0]!.message} for input:\n${source.slice(0, 2000)}`);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  expect(result.policy === undefined).toBe(errors.length > 0);
  const lineCount = source.split("\n").length;
  for (const d of result.diagnostics) {
    expect(d.start.line).toBeGreaterThanOrEqual(1);
    expect(d.start.line).toBeLessThanOrEqual(lineCount + 1);
    expect(d.start.column).toBeGreaterThanOrEqual(1);
  }
}

const base = fc.constantFrom(...bases);
const runs = 1250; // four properties: 5,000 mutated inputs in all

/** A random path into parsed YAML data, and a replacement for the value there. */
function mutateData(data: unknown, choices: number[], replacement: unknown, remove: boolean): unknown {
  const root = structuredClone(data) as Record<string, unknown>;
  let node: unknown = root;
  for (const choice of choices) {
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== "object" || choice % 3 === 0) {
      if (remove) {
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete (node as Record<string, unknown>)[key];
      } else (node as Record<string, unknown>)[key] = replacement;
      return root;
    }
    node = child;
  }
  return root;
}

describe("compiler fuzzing (5,000 mutated inputs)", () => {
  it("survives deleted, duplicated and swapped lines", () => {
    fc.assert(
      fc.property(
        base,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "duplicate", "swap", "indent", "dedent")), {
          minLength: 1,
          maxLength: 6,
        }),
        (text, edits) => {
          const lines = text.split("\n");
          for (const [a, b, op] of edits) {
            const i = a % lines.length;
            const j = b % lines.length;
            if (op === "delete") lines.splice(i, 1);
            else if (op === "duplicate") lines.splice(i, 0, lines[i]!);
            else if (op === "swap") [lines[i], lines[j]] = [lines[j]!, lines[i]!];
            else if (op === "indent") lines[i] = `  ${lines[i]}`;
            else lines[i] = lines[i]!.replace(/^ {1,2}/, "");
          }
          assertWellBehaved(lines.join("\n"));
        },
      ),
      { numRuns: runs },
    );
  });

  it("survives garbage characters spliced into valid policies", () => {
    const garbage = fc.string({ unit: fc.constantFrom(..."{}[]:-&*!|>'\"#%@`?,\t\n \\~<=".split("")), maxLength: 20 });
    fc.assert(
      fc.property(base, fc.array(fc.tuple(fc.nat(), garbage, fc.nat({ max: 10 })), { minLength: 1, maxLength: 5 }), (text, splices) => {
        let out = text;
        for (const [at, insert, removeCount] of splices) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + insert + out.slice(i + removeCount);
        }
        assertWellBehaved(out);
      }),
      { numRuns: runs },
    );
  });

  it("survives values of the wrong type and missing properties", () => {
    const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant("not stated"), fc.constant(null), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(base, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), value, fc.boolean(), (text, choices, replacement, remove) => {
        const mutated = mutateData(YAML.parse(text), choices, replacement, remove);
        let source: string;
        try {
          source = YAML.stringify(mutated);
        } catch {
          return; // fc.anything can make values YAML cannot write; nothing to test
        }
        assertWellBehaved(source);
      }),
      { numRuns: runs },
    );
  });

  it("survives arbitrary text, including YAML-looking text and anchors", () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom("", "  ", "    ", "- "),
            fc.string({ maxLength: 12 }),
            fc.constantFrom(": ", ":", " ", ": &a ", ": *a", ": !!str ", ": [", ": {"),
          ),
          { maxLength: 30 },
        )
        .map((lines) => lines.map(([indent, key, sep]) => `${indent}${key}${sep}`).join("\n")),
    );
    fc.assert(
      fc.property(yamlish, (text) => assertWellBehaved(text)),
      { numRuns: runs },
    );
  });
});

describe("hostile inputs found by an independent fuzzer", () => {
  const minimal = bases[0]!;
  it.each([
    ["a YAML 1.1 merge whose source is not a map", "%YAML 1.1\n---\n<<: 1\n"],
    [
      "a merge inside a policy",
      minimal.replace("title: Minimal escalation procedure", "title: Minimal escalation procedure\n<<: { summary: x }"),
    ],
    ["nesting 3,000 levels deep in brackets", `title: ${"[".repeat(3000)}`],
    ["nesting 1,500 levels deep by indentation", Array.from({ length: 1500 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")],
    ["CR-only line endings", minimal.replace(/\n/g, "\r")],
    ["CRLF line endings", minimal.replace(/\n/g, "\r\n")],
    ["a byte order mark", `\ufeff${minimal}`],
    ["control characters from escapes", minimal.replace("title: Minimal escalation procedure", 'title: "\\x01\\x1b[2J"')],
    ["a lone surrogate", minimal.replace("title: Minimal escalation procedure", 'title: "\\ud800"')],
    [
      "number words that are built-in names",
      minimal.replace("from: stage-raised", "from: stage-raised\n            wording: constructor toString valueOf"),
    ],
  ])("%s compiles to diagnostics or a policy, never an exception", (_, source) => {
    assertWellBehaved(source);
  });
});
