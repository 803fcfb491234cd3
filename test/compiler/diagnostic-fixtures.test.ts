import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ErrorObject } from "ajv";
import { numbersIn } from "../../src/compiler/check-policy-semantics.ts";
import { compilePolicyFile, compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { maxItemsPerList, maxKeysPerMap, maxPolicyBytes, maxTextLength } from "../../src/compiler/parse-policy-yaml.ts";
import { createSourceLocator } from "../../src/compiler/source-locator.ts";
import { mapSchemaErrors } from "../../src/compiler/validate-policy-schema.ts";
import { diagnosticCatalogue } from "../../src/diagnostics/diagnostic-catalogue.ts";
import { escapeForTerminal, formatDiagnostic, summariseDiagnostics } from "../../src/diagnostics/format-diagnostic.ts";
import YAML, { LineCounter } from "yaml";
import { fixedToday, fromRoot, invalidFixtureFiles, readExpectations } from "../helpers.ts";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

const minimal = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8");

describe("invalid fixtures: one per diagnostic code", () => {
  for (const file of invalidFixtureFiles()) {
    const expectations = readExpectations(file);
    it(`${path.basename(file)} reports ${expectations.map((e) => `${e.code} at ${e.line}:${e.column}`).join(", ")}`, () => {
      expect(expectations.length).toBeGreaterThan(0);
      const result = compilePolicyFile(file, { today: fixedToday });
      const actual = result.diagnostics.map((d) => ({ code: d.code, line: d.start.line, column: d.start.column }));
      expect(actual).toEqual(expectations);
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.message).not.toMatch(/\{\w+\}|undefined/);
        expect(diagnostic.hint.length).toBeGreaterThan(10);
        const printed = formatDiagnostic(diagnostic, { source: result.source });
        expect(printed.split("\n")[0]).toBe(
          `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`,
        );
        expect(printed).toMatch(new RegExp(`^> +${diagnostic.start.line} \\|`, "m"));
      }
      if (result.diagnostics.some((d) => d.severity === "error")) expect(result.policy).toBeUndefined();
    });
  }
});

describe("diagnostics that need no fixture file", () => {
  const identity = { areaId: "testshire", revisionId: "2024-01", file: "policies/testshire/2024-01.yaml" };

  it("YAML_UNREADABLE for a path that does not exist", () => {
    const result = compilePolicyFile(fromRoot("test/fixtures/no-such-area/2024-01.yaml"));
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([["YAML_UNREADABLE", 1, 1]]);
    expect(result.diagnostics[0]!.message).toContain("ENOENT");
  });

  it("YAML_MERGE_KEY for a YAML 1.1 merge, located, instead of an exception", () => {
    const result = compilePolicySource("%YAML 1.1\n---\n<<: 1\n", identity);
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([["YAML_MERGE_KEY", 3, 1]]);
  });

  it("YAML_UNREADABLE for paths that are not regular files, without reading them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-paths-"));
    const fifo = path.join(dir, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const zero = path.join(dir, "zero.yaml");
    symlinkSync("/dev/zero", zero);
    for (const file of ["/dev/null", fifo, zero, dir]) {
      const result = compilePolicyFile(file);
      expect(
        result.diagnostics.map((d) => d.code),
        file,
      ).toEqual(["YAML_UNREADABLE"]);
      expect(result.diagnostics[0]!.message).toContain("not a regular file");
    }
  });

  it("YAML_TOO_DEEP for nesting no policy needs, instead of running out of stack", () => {
    const result = compilePolicySource(`title: ${"[".repeat(3000)}\n`, identity);
    expect(result.diagnostics.map((d) => [d.code, d.start.line])).toEqual([["YAML_TOO_DEEP", 1]]);
    expect(result.diagnostics[0]!.message).toBe("The file nests more than 64 levels deep here.");
  });

  it("YAML_TOO_DEEP even after an apostrophe in plain text, which is not a quote (found by the independent fuzzer)", () => {
    for (const source of [`k: [a', ${"[".repeat(5000)}x${"]".repeat(5000)}]\n`, `k: it's ${"[".repeat(100)}x${"]".repeat(100)}\n`]) {
      expect(compilePolicySource(source, identity).diagnostics.map((d) => d.code)).toEqual(["YAML_TOO_DEEP"]);
    }
    // A quote where a value starts still hides the brackets inside it.
    expect(compilePolicySource(`k: '${"[".repeat(100)}'\n`, identity).diagnostics.map((d) => d.code)).not.toContain("YAML_TOO_DEEP");
  });

  it("YAML_COMPLEX_KEY for a list or map used as a key, before yaml spends time turning it into text", () => {
    const result = compilePolicySource(`title: x\n? [a, b]\n: c\n`, identity);
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([["YAML_COMPLEX_KEY", 2, 3]]);
    const nested = compilePolicySource(`k: ${"{? ".repeat(40)}x${"}".repeat(40)}\n`, identity);
    expect(nested.diagnostics.map((d) => d.code)).toContain("YAML_COMPLEX_KEY");
  });

  it("reads CR-only line endings as line breaks, not as an empty file", () => {
    const result = compilePolicySource(minimal.replace(/\n/g, "\r"), identity, { today: fixedToday });
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.title).toBe("Minimal escalation procedure");
  });

  it("never sends a policy's control characters to the terminal", () => {
    const text = minimal.replace('version: "2024-01"', 'version: "\\e]0;owned\\a"').replace("name: Stage 1", "name: [Stage 1]");
    const result = compilePolicySource(text, identity, { today: fixedToday });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const printed = result.diagnostics.map((d) => formatDiagnostic(d, { source: result.source })).join("\n");
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(escapeForTerminal("a\u001b[2Jb\tc")).toBe("a\\u001b[2Jb\tc");
    expect(escapeForTerminal("lone \ud800 pair \ud83d\ude00")).toBe("lone \\ud800 pair \ud83d\ude00");
  });

  const codesAt = (source: string) =>
    compilePolicySource(source, identity, { today: fixedToday }).diagnostics.map((d) => [d.code, d.start.line, d.start.column]);
  const unknownKeys = (count: number) => Array.from({ length: count }, (_, i) => `unknown${i}: 1`).join("\n");

  it("YAML_TOO_MANY_KEYS at the first key past the limit, before the schema reports each of them", () => {
    const lines = minimal.split("\n").length;
    const result = compilePolicySource(`${minimal}${unknownKeys(25_000)}\n`, identity);
    // The root map's own keys come first, so the 201st key is some lines into the unknown ones.
    const rootKeys = Object.keys(YAML.parse(minimal) as object).length;
    expect(result.diagnostics.map((d) => [d.code, d.start.line])).toEqual([["YAML_TOO_MANY_KEYS", lines + maxKeysPerMap - rootKeys]]);
    expect(result.diagnostics[0]!.message).toBe(`This map has ${25_000 + rootKeys} keys; a map may have at most 200.`);
  });

  it("YAML_TOO_MANY_ITEMS at the first item past the limit", () => {
    const list = Array.from({ length: maxItemsPerList + 1 }, (_, i) => `  - Practitioner group ${i}`).join("\n");
    const source = minimal.replace("audience:\n  - Practitioners in Testshire", `audience:\n${list}`);
    const line = source.split("\n").findIndex((l) => l === `  - Practitioner group ${maxItemsPerList}`) + 1;
    expect(codesAt(source)).toEqual([["YAML_TOO_MANY_ITEMS", line, 5]]);
  });

  it("YAML_TEXT_TOO_LONG for one value longer than the limit, naming both lengths", () => {
    const result = compilePolicySource(
      minimal.replace("title: Minimal escalation procedure", `title: ${"a".repeat(maxTextLength + 1)}`),
      identity,
    );
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.message])).toEqual([
      ["YAML_TEXT_TOO_LONG", 3, "This text is 10001 characters long; a value may be at most 10000."],
    ]);
  });

  it.each([
    ["\\ud800", "U+D800 (half of a pair that makes one character, without its other half)"],
    ["\\uffff", "U+FFFF (not a character)"],
    ["\\e[2J", "U+001B (a control character)"],
    ["\\u0085", "U+0085 (a control character)"],
  ])("YAML_UNPUBLISHABLE_CHARACTER for %s, naming the character", (escape, described) => {
    const result = compilePolicySource(
      minimal.replace("title: Minimal escalation procedure", `title: "Minimal ${escape} procedure"`),
      identity,
    );
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.message])).toEqual([
      ["YAML_UNPUBLISHABLE_CHARACTER", 3, `This text contains ${described}, which cannot be shown, printed or published.`],
    ]);
  });

  it("keeps tabs, line breaks and characters outside the Basic Multilingual Plane", () => {
    const result = compilePolicySource(
      minimal.replace("title: Minimal escalation procedure", 'title: "Minimal\\tescalation 𝐩rocedure\\n"'),
      identity,
      {
        today: fixedToday,
      },
    );
    expect(result.diagnostics).toEqual([]);
  });

  it("CHECK_MORE_LIKE_THIS: lists 20 of one mistake, then says how many more, and the summary counts them all", () => {
    const result = compilePolicySource(`${minimal}${unknownKeys(150)}\n`, identity);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "SCHEMA_UNKNOWN_PROPERTY")).toHaveLength(20);
    const more = result.diagnostics.find((d) => d.code === "CHECK_MORE_LIKE_THIS")!;
    expect(more.message).toBe("…and 130 more like this (SCHEMA_UNKNOWN_PROPERTY: Property not known) in this file, not listed.");
    expect(more.start.line).toBe(minimal.split("\n").length + 20);
    expect(summariseDiagnostics(result.diagnostics, 1)).toBe("1 file checked: 150 errors, 0 warnings.");
  });

  it("lists 20 of 50,000 YAML syntax errors on one line and summarises the rest (the independent fuzzer's slowest input)", () => {
    const result = compilePolicySource(`title: x\nk: ${"]".repeat(50_000)}\n`, identity);
    expect(result.diagnostics.filter((d) => d.code === "YAML_SYNTAX")).toHaveLength(20);
    expect(result.diagnostics.at(-1)!.message).toBe(
      "…and 49,980 more like this (YAML_SYNTAX: YAML syntax error) in this file, not listed.",
    );
    expect(summariseDiagnostics(result.diagnostics, 1)).toBe("1 file checked: 50000 errors, 0 warnings.");
  });

  it("YAML_DUPLICATE_KEY for every repeat of a key, found without comparing every key with every other", () => {
    const source = `${minimal}${Array.from({ length: 3 }, () => "unknown: 1").join("\n")}\n`;
    const first = minimal.split("\n").length;
    expect(codesAt(source).filter(([code]) => code === "YAML_DUPLICATE_KEY")).toEqual([
      ["YAML_DUPLICATE_KEY", first + 1, 1],
      ["YAML_DUPLICATE_KEY", first + 2, 1],
    ]);
  });

  it("frames only the lines around a problem, cutting a long line around the marked column", () => {
    const long = `title: Minimal ${"x".repeat(5000)} procedure\nunknown${"y".repeat(3000)}: 1\n`;
    const result = compilePolicySource(minimal.replace("title: Minimal escalation procedure\n", long), identity);
    const printed = result.diagnostics.map((d) => formatDiagnostic(d, { source: result.source }));
    for (const text of printed) for (const line of text.split("\n").slice(1, -1)) expect(line.length).toBeLessThan(200);
  });

  it("YAML_FILE_TOO_LARGE above the size limit", () => {
    const result = compilePolicySource(`title: x\n${"#".repeat(maxPolicyBytes)}\n`, identity);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["YAML_FILE_TOO_LARGE"]);
  });

  it("POLICY_AREA_ID_INVALID and POLICY_REVISION_ID_INVALID for names unusable in addresses", () => {
    const result = compilePolicySource(minimal, { areaId: "North Shire", revisionId: "Draft 2", file: "x.yaml" }, { today: fixedToday });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["POLICY_AREA_ID_INVALID", "POLICY_REVISION_ID_INVALID"]);
  });

  it("POLICY_RESERVED_NAME for an area or revision named like one of the site's own pages", () => {
    const result = compilePolicySource(
      minimal,
      { areaId: "search", revisionId: "history", file: "policies/search/history.yaml" },
      { today: fixedToday },
    );
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["POLICY_RESERVED_NAME", "The area folder name `search` is one the site uses for its own pages."],
      ["POLICY_RESERVED_NAME", "The revision file name `history` is one the site uses for its own pages."],
    ]);
  });

  it("SCHEMA_INVALID for a schema keyword with no message of its own", () => {
    const error = {
      keyword: "uniqueItems",
      instancePath: "/audience",
      schemaPath: "#/x",
      params: {},
      message: "must NOT have duplicate items",
    } as ErrorObject;
    const locate = createSourceLocator("x.yaml", new LineCounter());
    const [diagnostic] = mapSchemaErrors([error], { audience: ["a", "a"] }, locate);
    expect(diagnostic?.code).toBe("SCHEMA_INVALID");
    expect(diagnostic?.message).toBe("`audience` is not valid: must NOT have duplicate items.");
  });

  it("every catalogue code is exercised by a fixture or a test above", () => {
    const covered = new Set(invalidFixtureFiles().flatMap((f) => readExpectations(f).map((e) => e.code)));
    for (const code of [
      "YAML_UNREADABLE",
      "YAML_FILE_TOO_LARGE",
      "POLICY_AREA_ID_INVALID",
      "POLICY_REVISION_ID_INVALID",
      "POLICY_RESERVED_NAME",
      "SCHEMA_INVALID",
      "YAML_MERGE_KEY",
      "YAML_TOO_DEEP",
      "YAML_TOO_MANY_KEYS",
      "YAML_COMPLEX_KEY",
      "YAML_TOO_MANY_ITEMS",
      "YAML_TEXT_TOO_LONG",
      "CHECK_MORE_LIKE_THIS",
      // Found from the generated chart: test/render/render-flowcharts.test.ts.
      "POLICY_FLOWCHART_TOO_LARGE",
      // Found by running the worked examples with the form's code: test/examples/check-policy-examples.test.ts.
      "POLICY_EXAMPLE_FAILS",
      // A fault of escalation-kit's own; no input is known to cause it.
      "POLICY_CHECK_FAILED",
    ])
      covered.add(code);
    // Diagnostics across the revisions of an area: test/compiler/compile-policy-set.test.ts.
    for (const code of [
      "POLICY_REVISION_SAME_DAY",
      "POLICY_REVISION_UNDATED",
      "POLICY_AREA_NOT_IN_FORCE",
      "POLICY_SUPERSEDES_LATER",
      "POLICY_SUPERSEDED_TWICE",
      "POLICY_SUPERSEDES_LOOP",
    ])
      covered.add(code);
    expect(Object.keys(diagnosticCatalogue).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("codes carry their family prefix and every template is complete", () => {
    for (const [code, entry] of Object.entries(diagnosticCatalogue)) {
      expect(code).toMatch(/^(YAML|SCHEMA|POLICY|CHECK)_[A-Z_]+$/);
      expect(entry.message.trim()).not.toBe("");
      expect(entry.hint.trim()).not.toBe("");
    }
  });
});

describe("messages read as sentences", () => {
  const identity = { areaId: "testshire", revisionId: "2024-01", file: "t.yaml" };
  const compile = (source: string) => compilePolicySource(source, identity, { today: fixedToday }).diagnostics;

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
  ])("refuses a source address that is not a web address or an email link: %s", (url) => {
    const diagnostics = compile(minimal.replace("    date: 2024-01\n", `    date: 2024-01\n    url: "${url}"\n`));
    // A `data:` address with markup in it is not a valid URI either; that is reported too.
    expect(diagnostics.filter((d) => d.code === "SCHEMA_PATTERN").map((d) => [d.code, d.start.line, d.message])).toEqual([
      [
        "SCHEMA_PATTERN",
        14,
        `\`sources[0].url\` is "${url.length > 40 ? `${url.slice(0, 40)}…` : url}", which does not have the expected form: a web address starting \`https://\` or \`http://\`, or an email link starting \`mailto:\`.`,
      ],
    ]);
  });

  it.each(["https://example.org/procedure", "http://example.org/", "mailto:safeguarding@example.org"])(
    "accepts the source address %s",
    (url) => {
      expect(compile(minimal.replace("    date: 2024-01\n", `    date: 2024-01\n    url: "${url}"\n`))).toEqual([]);
    },
  );

  it("asks for the source's name of an outcome that is neither resolved nor not resolved", () => {
    const diagnostics = compile(
      minimal.replace("          - result: resolved\n            next: end\n", "          - result: other\n            next: end\n"),
    );
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["SCHEMA_REQUIRED", "`name` is missing from `tracks[0].stages[0].outcomes[0]`."],
    ]);
  });

  it("suggests the closest property for a typo", () => {
    const diagnostics = compile(minimal.replace("title: Minimal", "titel: Minimal"));
    // Both the unknown key and the now-missing `title` are reported.
    expect(diagnostics.map((d) => d.code).sort()).toEqual(["SCHEMA_REQUIRED", "SCHEMA_UNKNOWN_PROPERTY"]);
    expect(diagnostics.find((d) => d.code === "SCHEMA_UNKNOWN_PROPERTY")?.hint).toBe("Did you mean `title`?");
  });

  it("suggests the closest role for an unknown reference", () => {
    const [d] = compile(minimal.replace("to: [line-manager]", "to: [line-manger]"));
    expect(d?.message).toBe("No role has the id `line-manger`.");
    expect(d?.hint).toBe("Did you mean `line-manager`?");
  });

  it("suggests the closest unit", () => {
    const [d] = compile(minimal.replace("unit: working-days", "unit: working days"));
    expect(d?.hint).toBe("Did you mean `working-days`?");
  });

  it("tells the author to quote a number where text is expected", () => {
    const [d] = compile(minimal.replace('version: "2024-01"', "version: 2024"));
    expect(d?.code).toBe("SCHEMA_TYPE");
    expect(d?.message).toBe("`revision.version` must be text, but is the number 2024.");
    expect(d?.hint).toBe('Put the value in quotes: "2024".');
  });

  it("never hints at a value the field refuses, nor at one that makes a second error", () => {
    const inList = compile(minimal.replace("to: [line-manager]", "to: [not stated]"));
    expect(inList.map((d) => d.code)).toEqual(["SCHEMA_PATTERN"]);
    expect(inList[0]!.hint).toBe(
      "Write `to: not stated` in place of the whole list, without `[ ]` or `- `: it says the list itself is not stated.",
    );
    const required = compile(minimal.replace("    text: The child's safety is paramount.\n", ""));
    expect(required.map((d) => d.code)).toEqual(["SCHEMA_REQUIRED"]);
    expect(required[0]!.hint).toBe("Add `text:`. It cannot be left out: docs/field-reference.md says what it holds.");
    const silent = compile(minimal.replace("        methods:\n          - method: phone\n", ""));
    expect(silent[0]!.hint).toContain("write `methods: not stated` (or `not seen`");
  });

  it("suggests the word meant where a field also takes an id, and names the map forms where it takes them", () => {
    const misspelt = compile(minimal.replace("    date: 2024-01\n", "    date: not sen\n"));
    expect(misspelt.map((d) => d.code)).toEqual(["SCHEMA_ENUM"]);
    expect(misspelt[0]!.hint).toMatch(/^Did you mean `not seen`\?/);
    const from = compile(minimal.replace("from: stage-raised", "from: the initial discussion"));
    expect(from.map((d) => d.code)).toEqual(["SCHEMA_ENUM"]);
    expect(from[0]!.hint).toContain("It may also be a map of `key: value` lines");
  });

  it("collapses `not stated` alternatives into one message", () => {
    const diagnostics = compile(minimal.replace("excludes: not stated", "excludes: nothing"));
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["SCHEMA_TYPE", '`scope.excludes` must be `not stated` or `not seen` or a list, but is "nothing".'],
    ]);
  });
});

describe("numbersIn, for POLICY_TIMESCALE_WORDING_MISMATCH", () => {
  it.each([
    ["within one working day", [1]],
    ["This contact should take place within twenty-four hours.", [24]],
    ["within forty eight hours in writing", [48]],
    ["Stage 2 within 5 working days of stage 1", [2, 5, 1]],
    ["within a fortnight", []],
    ["twenty hours, then three days", [20, 3]],
    ["the constructor of toString and valueOf", []],
  ])("reads the numbers in %j", (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers);
  });
});

describe("files too large to read", () => {
  it("reports a file over the limit by its real size, without reading it whole", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "escalation-kit-large-"));
    const file = path.join(dir, "big.yaml");
    writeFileSync(file, `title: x\n${"#".repeat(maxPolicyBytes * 2)}\n`);
    const result = compilePolicyFile(file);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["YAML_FILE_TOO_LARGE"]);
    expect(result.diagnostics[0]!.message).toBe(
      `The file is ${maxPolicyBytes * 2 + 10} bytes; policies are limited to ${maxPolicyBytes} bytes.`,
    );
  });
});
