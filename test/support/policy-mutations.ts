/**
 * Mutated policies for fuzzing the compiler, shared by the fuzz tests (20,000 inputs in
 * CI) and `npm run fuzz` (as many as asked, with timings and memory). Each kind starts
 * from a real policy (the seeds and the minimal fixture) and breaks it one way: its lines,
 * its characters, its values, its YAML features, or its size.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import YAML from "yaml";
import { compilePolicySource, type CompileResult } from "../../src/compiler/compile-policy.ts";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.ts";
import path from "node:path";
import { findPolicyFiles } from "../../src/compiler/find-policy-files.ts";

// Not from test/helpers.ts, which imports vitest: `npm run fuzz` runs this outside it.
const root = path.resolve(import.meta.dirname, "../..");
const fixedToday = "2025-06-01";

export const fuzzIdentity = { areaId: "fuzz", revisionId: "2024-01", file: "policies/fuzz/2024-01.yaml" };
export const fuzzBases = [
  path.join(root, "test/fixtures/valid/minimal/2024-01.yaml"),
  ...findPolicyFiles([path.join(root, "policies")]),
].map((f) => readFileSync(f, "utf8"));
const base = fc.constantFrom(...fuzzBases);

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

const lineEdits = fc
  .tuple(
    base,
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "duplicate", "swap", "indent", "dedent")), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
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
    return lines.join("\n");
  });

const garbage = fc.string({ unit: fc.constantFrom(..."{}[]:-&*!|>'\"#%@`?,\t\n \\~<=".split("")), maxLength: 20 });
const garbageSplices = fc
  .tuple(base, fc.array(fc.tuple(fc.nat(), garbage, fc.nat({ max: 10 })), { minLength: 1, maxLength: 5 }))
  .map(([text, splices]) => {
    let out = text;
    for (const [at, insert, removeCount] of splices) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + removeCount);
    }
    return out;
  });

// Parsed once: parsing a seed costs as much as compiling it.
const parsedBase = fc.constantFrom(...fuzzBases.map((text) => YAML.parse(text) as unknown));
const wrongValues = fc
  .tuple(
    parsedBase,
    fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.constant("not stated"),
      fc.constant("not seen"),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
    ),
    fc.boolean(),
  )
  .map(([data, choices, replacement, remove]) => {
    try {
      return YAML.stringify(mutateData(data, choices, replacement, remove));
    } catch {
      return YAML.stringify(data); // fc.anything can make values YAML cannot write
    }
  });

const yamlish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("", "  ", "    ", "- "),
        fc.string({ maxLength: 12 }),
        fc.constantFrom(": ", ":", " ", ": &a ", ": *a", ": !!str ", ": [", ": {", ": <<", ": |", ": >-"),
      ),
      { maxLength: 30 },
    )
    .map((lines) => lines.map(([indent, key, sep]) => `${indent}${key}${sep}`).join("\n")),
);

/** One hostile change to a whole file, or to one line of it. */
const hostileEdit = fc.oneof(
  // YAML features a policy never needs, some of which break parsers.
  fc
    .constantFrom("<<: 1", "<<: *a", "<<: [1, 2]", "<<: { title: x }", "k: &a [*a]", "a: &a x\nb: *a", "%YAML 1.1\n---", "--- !!map", "...")
    .map((line) => ({ kind: "line" as const, line })),
  fc
    .constantFrom(
      "!!js/function",
      "!!python/object",
      "!custom",
      "!!binary",
      "!!set",
      "!!omap",
      "!!timestamp",
      "!!float",
      "!<tag:x>",
      "!!str",
    )
    .map((tag) => ({ kind: "tag" as const, tag })),
  fc
    .tuple(fc.integer({ min: 40, max: 3000 }), fc.constantFrom("[", "{", "indent"))
    .map(([depth, how]) => ({ kind: "deep" as const, depth, how })),
  fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean()).map(([count, nested]) => ({ kind: "keys" as const, count, nested })),
  fc.integer({ min: 400, max: 1200 }).map((count) => ({ kind: "items" as const, count })),
  fc.integer({ min: 2000, max: 60_000 }).map((length) => ({ kind: "huge" as const, length })),
  fc
    .constantFrom("\\x01", "\\x1b[2J", "\\e]0;owned\\a", "\\u0085", "\\ud800", "\\udfff", "\\uffff", "\\u202e", "\\0", "\\x7f")
    .map((escape) => ({
      kind: "escape" as const,
      escape,
    })),
  fc.constantFrom("\u0000", "\u0001", "\u001b", "\ud800", "\ufeff", "\u2028", "\u00a0").map((raw) => ({ kind: "raw" as const, raw })),
  fc.constantFrom("bom", "cr", "crlf", "mixed").map((endings) => ({ kind: "endings" as const, endings })),
  fc
    .constantFrom("constructor", "toString", "valueOf", "__proto__", "hasOwnProperty", "prototype")
    .map((name) => ({ kind: "name" as const, name })),
);
type HostileEdit = typeof hostileEdit extends fc.Arbitrary<infer T> ? T : never;

function applyHostile(text: string, edit: HostileEdit, at: number): string {
  const lines = text.split("\n");
  const i = at % lines.length;
  const indent = /^ */.exec(lines[i]!)![0];
  switch (edit.kind) {
    case "line":
      lines.splice(i, 0, ...edit.line.split("\n").map((l) => `${indent}${l}`));
      return lines.join("\n");
    case "tag":
      lines[i] = lines[i]!.replace(/: (\S)/, `: ${edit.tag} $1`);
      return lines.join("\n");
    case "deep":
      if (edit.how === "indent") lines.splice(i, 0, ...Array.from({ length: edit.depth }, (_, d) => `${"  ".repeat(d)}k${d}:`));
      else lines[i] = `${lines[i]} ${edit.how.repeat(edit.depth)}`;
      return lines.join("\n");
    case "keys": {
      const keys = Array.from({ length: edit.count }, (_, k) => `${edit.nested ? indent : ""}unknown${k}: ${k}`);
      lines.splice(edit.nested ? i + 1 : lines.length, 0, ...keys);
      return lines.join("\n");
    }
    case "items":
      return text.replace(/^(\s*)- (.*)$/m, (_, space: string, item: string) =>
        Array.from({ length: edit.count }, (_, n) => `${space}- ${item} ${n}`).join("\n"),
      );
    case "huge":
      lines[i] = lines[i]!.replace(/: (.*)$/, (_, value: string) => `: ${value} ${"x".repeat(edit.length)}`);
      return lines.join("\n");
    case "escape":
      lines[i] = lines[i]!.replace(/: (.*)$/, (_, value: string) => `: "${value.replace(/["\\]/g, "")}${edit.escape}"`);
      return lines.join("\n");
    case "raw":
      lines[i] = `${lines[i]}${edit.raw}`;
      return lines.join("\n");
    case "endings":
      return edit.endings === "bom"
        ? `\ufeff${text}`
        : edit.endings === "cr"
          ? text.replace(/\n/g, "\r")
          : edit.endings === "crlf"
            ? text.replace(/\n/g, "\r\n")
            : lines.map((l, n) => `${l}${["\n", "\r\n", "\r"][n % 3]}`).join("");
    case "name":
      lines[i] = lines[i]!.replace(/: (.*)$/, `: ${edit.name}`).replace(/^(\s*)[\w-]+:/, `$1${edit.name}:`);
      return lines.join("\n");
  }
}

const hostile = fc
  .tuple(base, fc.array(fc.tuple(hostileEdit, fc.nat()), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => edits.reduce((out, [edit, at]) => applyHostile(out, edit, at), text));

/** Inputs per kind in the fuzz tests: five kinds in two files, 20,000 inputs in all. */
export const runsPerKind = 4000;

/** Every kind of mutation, by name. */
export const mutationKinds = { lineEdits, garbageSplices, wrongValues, yamlish, hostile } as const;
export type MutationKind = keyof typeof mutationKinds;

/**
 * Compiles one input as `npm run check` does, printing every diagnostic, and throws a
 * description of what went wrong if the compiler misbehaved: an exception, a fault of its
 * own (POLICY_CHECK_FAILED), a policy alongside errors or no policy without one, a position
 * outside the file, or a control character printed to the terminal.
 */
export function assertWellBehaved(source: string): CompileResult {
  const fail = (what: string): never => {
    throw new Error(`${what} for input:\n${JSON.stringify(source.slice(0, 2000))}`);
  };
  let result: CompileResult;
  try {
    result = compilePolicySource(source, fuzzIdentity, { today: fixedToday });
  } catch (error) {
    return fail(`compiler threw ${String(error)}`);
  }
  const faults = result.diagnostics.filter((d) => d.code === "POLICY_CHECK_FAILED");
  if (faults.length > 0) fail(`compiler fault ${faults[0]!.message}`);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if ((result.policy === undefined) !== errors.length > 0) fail("a policy and errors disagree");
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    if (d.start.line < 1 || d.start.line > lineCount + 1 || d.start.column < 1)
      fail(`${d.code} placed at ${d.start.line}:${d.start.column}`);
    let printed: string;
    try {
      printed = formatDiagnostic(d, { source: result.source });
    } catch (error) {
      return fail(`printing ${d.code} threw ${String(error)}`);
    }
    if (
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
        printed,
      )
    )
      fail(`printing ${d.code} sent a control character or half a surrogate pair to the terminal`);
  }
  return result;
}
