/**
 * YAML features, sizes, characters and line endings an attacker or an unlucky editor
 * produces, mutated at random and as the cases an independent fuzzer found.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { assertWellBehaved, fuzzBases, mutationKinds, runsPerKind } from "../support/policy-mutations.ts";

describe("compiler fuzzing: YAML-looking text and hostile edits (8,000 mutated inputs)", () => {
  it.each(["yamlish", "hostile"] as const)("survives %s", (kind) => {
    fc.assert(
      fc.property(mutationKinds[kind], (source) => void assertWellBehaved(source)),
      { numRuns: runsPerKind },
    );
  });
});

describe("hostile inputs found by an independent fuzzer", () => {
  const minimal = fuzzBases[0]!;
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
    ["an apostrophe before deep brackets (the independent fuzzer's)", `k: [a', ${"[".repeat(5000)}x${"]".repeat(5000)}]\n`],
    ["nested complex keys (the independent fuzzer's)", `[a', ${"{? ".repeat(400)}x${"}".repeat(400)}]\n`],
    [
      "20,000 syntax errors on one line (the independent fuzzer's)",
      `  x\n  y: 1\nz: [${Array.from({ length: 20_000 }, (_, i) => `a${i}`).join(", ")}]\n`,
    ],
    ["a lone surrogate", minimal.replace("title: Minimal escalation procedure", 'title: "\\ud800"')],
    [
      "number words that are built-in names",
      minimal.replace("from: stage-raised", "from: stage-raised\n            wording: constructor toString valueOf"),
    ],
  ])("%s compiles to diagnostics or a policy, never an exception", (_, source) => {
    assertWellBehaved(source);
  });
});
