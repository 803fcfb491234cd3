import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { listUpTo } from "../diagnostics/cap-diagnostics.ts";
import { createDiagnostic, type DiagnosticLocation } from "../diagnostics/create-diagnostic.ts";
import type { DiagnosticCode, DiagnosticParamsOf } from "../diagnostics/diagnostic-catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { suggestClosest, suggestionHint } from "../diagnostics/suggest-closest.ts";
import type { DataPath, LocateTarget, SourceLocator } from "./source-locator.ts";
// Imported rather than read from disk so that bundlers (the Astro build) carry it along.
import policySchema from "../../schemas/policy.schema.json" with { type: "json" };

export { policySchema };

let validator: ValidateFunction | undefined;

/** The compiled validator, built once per process: ajv compiles in strict mode so a schema mistake fails loudly. */
export function getPolicyValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    addFormats(ajv);
    validator = ajv.compile(policySchema);
  }
  return validator;
}

export function validatePolicySchema(data: unknown, locate: SourceLocator): Diagnostic[] {
  const validate = getPolicyValidator();
  if (validate(data)) return [];
  return mapSchemaErrors(validate.errors ?? [], data, locate);
}

/** Human names of the ajv patterns in the policy schema. */
const patternForms: Record<string, { form: string; hint: (value: string) => string }> = {
  "^[a-z][a-z0-9-]*$": {
    form: "lower-case letters, digits and hyphens, starting with a letter",
    hint: (value) => {
      const slug = value
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^[^a-z]+|-+$/g, "");
      return slug ? `Write it as \`${slug}\`.` : "Use a short name such as `stage-1`.";
    },
  },
  "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$": {
    form: "a date written YYYY, YYYY-MM or YYYY-MM-DD",
    hint: () => "Write the date with the precision the source gives, e.g. `2017-04` for April 2017.",
  },
  "^(https?://|mailto:)": {
    form: "a web address starting `https://` or `http://`, or an email link starting `mailto:`",
    hint: () =>
      "Give the address as a browser shows it. Other kinds of link (`javascript:`, `data:`, `file:`) could run code or hide content where the link is shown, so they are not published.",
  },
  "^#[0-9a-fA-F]{6}$": { form: "a colour written #rrggbb", hint: () => "Write six hexadecimal digits after #, e.g. `#1d70b8`." },
};

export function parseInstancePath(instancePath: string): (string | number)[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function describePath(path: DataPath): string {
  if (path.length === 0) return "the policy";
  let text = "";
  for (const segment of path) text += typeof segment === "number" ? `[${segment}]` : text ? `.${segment}` : segment;
  return `\`${text}\``;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return value === "" ? "empty text" : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "boolean") return `${value} (true/false)`;
  return `the number ${String(value)}`;
}

const typeNames: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a map of `key: value` lines",
  null: "empty",
};

function typeHint(expected: readonly string[], value: unknown): string {
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return `Put the value in quotes: "${String(value)}".`;
  }
  if (expected.includes("array") && !Array.isArray(value)) return "Write a list: each item on its own line, starting with `- `.";
  if (value === null) return "Give a value after the colon, or write `not stated` where the source is silent and the field allows it.";
  if (expected.includes("object")) return "Write the properties indented on the lines below the key.";
  return "Check docs/field-reference.md for what this property holds.";
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Whether a property's schema takes "not stated" / "not seen" (through `$defs/absent` or an enum). */
function acceptsAbsent(schema: unknown, depth = 0): boolean {
  if (!schema || typeof schema !== "object" || depth > 5) return false;
  const node = schema as { $ref?: string; enum?: unknown[]; const?: unknown; anyOf?: unknown[]; oneOf?: unknown[] };
  if (node.enum?.includes("not stated") || node.const === "not stated") return true;
  if (typeof node.$ref === "string") {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    return name !== undefined && acceptsAbsent((policySchema.$defs as Record<string, unknown>)[name], depth + 1);
  }
  return [...(node.anyOf ?? []), ...(node.oneOf ?? [])].some((alternative) => acceptsAbsent(alternative, depth + 1));
}

/** Rules that only apply once a value has an alternative's type. */
const valueRules = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "pattern", "format", "minItems"]);

/** A diagnostic still to be placed in the file: each code with its own parameters. */
type Pending = {
  [C in DiagnosticCode]: {
    readonly code: C;
    readonly params: DiagnosticParamsOf<C>;
    readonly path: DataPath;
    readonly target: LocateTarget;
  };
}[DiagnosticCode];

/**
 * Turns ajv's errors into diagnostics that point at the right YAML node and read as
 * sentences. Alternatives (anyOf, e.g. "not stated" or a list) are collapsed: when the
 * value matched one alternative's type and failed deeper inside, only the deeper errors
 * are reported; otherwise one error lists what would have been accepted.
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], data: unknown, locate: SourceLocator): Diagnostic[] {
  const consumed = new Set<ErrorObject>();
  const pending: Pending[] = [];

  for (const [index, anyOf] of errors.entries()) {
    if (anyOf.keyword !== "anyOf") continue;
    consumed.add(anyOf);
    // ajv reports a branch's errors just before the anyOf error itself, and errors inside
    // a $ref carry the referenced schema's path, so branches are found by position.
    const branches: ErrorObject[] = [];
    const under = (e: ErrorObject) => e.instancePath === anyOf.instancePath || e.instancePath.startsWith(`${anyOf.instancePath}/`);
    for (let i = index - 1; i >= 0 && under(errors[i]!); i--) branches.push(errors[i]!);
    branches.reverse();
    const deeper = branches.filter((e) => e.instancePath.length > anyOf.instancePath.length);
    if (deeper.length > 0) {
      // Errors at this level come from branches the value plainly did not take.
      for (const e of branches) if (e.instancePath === anyOf.instancePath && e.keyword !== "anyOf") consumed.add(e);
      continue;
    }
    const path = parseInstancePath(anyOf.instancePath);
    const value = valueAt(data, path);
    const sameLevel = branches.filter((e) => e.instancePath === anyOf.instancePath && e.keyword !== "anyOf");
    const enums = sameLevel.filter((e) => e.keyword === "enum" || e.keyword === "const");
    const words = [
      ...new Set(
        enums.flatMap((e) =>
          e.keyword === "enum"
            ? (e.params as { allowedValues: unknown[] }).allowedValues.map(String)
            : [String((e.params as { allowedValue: unknown }).allowedValue)],
        ),
      ),
    ];
    // A misspelt word (`not sen`) is a misspelt word, even where the field also takes an id or a date.
    const nearWord = typeof value === "string" ? suggestClosest(value, words) : undefined;
    // The value had the type of an alternative and broke one of its rules (a negative
    // amount, empty text, an id written with spaces): that rule is the message, not a list of types.
    const broken = sameLevel.filter((e) => valueRules.has(e.keyword));
    if (broken.length > 0 && nearWord === undefined) {
      for (const e of branches) if (!broken.includes(e)) consumed.add(e);
      continue;
    }
    for (const e of branches) consumed.add(e);
    // Text where several alternatives list words (`not stated`, `not seen`, or the
    // field's own words), or one close to what was written: one list of every word
    // allowed, with a "did you mean", and the other forms the field takes.
    if (typeof value === "string" && (enums.length > 1 || nearWord !== undefined)) {
      const otherForms = sameLevel.some((e) => e.keyword === "type" && String((e.params as { type: string }).type) === "object")
        ? " It may also be a map of `key: value` lines: docs/field-reference.md lists them."
        : broken.length > 0
          ? " It may also be written in the form the field reference gives."
          : "";
      pending.push({
        code: "SCHEMA_ENUM",
        params: {
          where: describePath(path),
          allowed: words.map((v) => `\`${v}\``).join(", "),
          actual: describeValue(value),
          suggestion: `${suggestionHint(value, words, "value")}${otherForms}`,
        },
        path,
        target: "value",
      });
      continue;
    }
    const expected: string[] = [];
    const types: string[] = [];
    for (const e of branches) {
      if (e.keyword === "const") expected.push(`\`${String((e.params as { allowedValue: unknown }).allowedValue)}\``);
      else if (e.keyword === "enum")
        expected.push(...(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => `\`${String(v)}\``));
      else if (e.keyword === "type") {
        const t = String((e.params as { type: string }).type);
        types.push(t);
        expected.push(typeNames[t] ?? t);
      } else if (e.keyword === "minLength") expected.push("non-empty text");
    }
    pending.push({
      code: "SCHEMA_TYPE",
      params: {
        where: describePath(path),
        expected: [...new Set(expected)].join(" or ") || "something else",
        actual: describeValue(value),
        suggestion: typeHint(types, value),
      },
      path,
      target: "value",
    });
  }

  for (const error of errors) {
    if (consumed.has(error)) continue;
    const item = mapOne(error, data);
    if (item) pending.push(item);
  }

  // Placed and de-duplicated first, and worded only for those listed: a file of 40,000
  // unknown keys would otherwise spend most of its checking time on sentences never shown.
  const seen = new Set<string>();
  const placed: { item: Pending; at: DiagnosticLocation }[] = [];
  for (const item of pending) {
    const at = locate.path(item.path, item.target);
    const key = `${item.code}|${at.start.line}|${at.start.column}|${JSON.stringify(item.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    placed.push({ item, at });
  }
  placed.sort((a, b) => a.at.start.line - b.at.start.line || a.at.start.column - b.at.start.column);
  const { listed, summaries } = listUpTo(
    placed,
    ({ item }) => item.code,
    ({ at }) => at,
  );
  // TypeScript cannot follow the pairing of code and parameters through the union; Pending guarantees it.
  const diagnostics = listed.map(({ item, at }) =>
    createDiagnostic(item.code as "SCHEMA_INVALID", item.params as DiagnosticParamsOf<"SCHEMA_INVALID">, at),
  );
  return [...diagnostics, ...summaries];
}

function mapOne(error: ErrorObject, data: unknown): Pending | undefined {
  const path = parseInstancePath(error.instancePath);
  const where = describePath(path);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      // Point at the key that owns the incomplete map (`area:`), or at the map in a list.
      const property = String(params.missingProperty);
      const schema = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[property];
      const suggestion = acceptsAbsent(schema)
        ? `If the source document does not say, write \`${property}: not stated\` (or \`not seen\` where that part of it was not available to you).`
        : "It cannot be left out: docs/field-reference.md says what it holds.";
      return { code: "SCHEMA_REQUIRED", params: { property, where, suggestion }, path, target: "key" };
    }
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return {
        code: "SCHEMA_UNKNOWN_PROPERTY",
        params: { property, where, suggestion: suggestionHint(property, known, "property") },
        path: [...path, property],
        target: "key",
      };
    }
    case "type": {
      const expected = String(params.type).split(",");
      return {
        code: "SCHEMA_TYPE",
        params: {
          where,
          expected: expected.map((t) => typeNames[t] ?? t).join(" or "),
          actual: describeValue(value),
          suggestion: typeHint(expected, value),
        },
        path,
        target: "value",
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        code: "SCHEMA_ENUM",
        params: {
          where,
          allowed: allowed.map((v) => `\`${v}\``).join(", "),
          actual: describeValue(value),
          suggestion: suggestionHint(String(value), allowed, "value"),
        },
        path,
        target: "value",
      };
    }
    case "const":
      return {
        code: "SCHEMA_CONST",
        params: { where, allowed: `\`${String(params.allowedValue)}\``, actual: describeValue(value) },
        path,
        target: "value",
      };
    case "pattern": {
      const known = patternForms[String(params.pattern)];
      // `to: [not stated]`: the words belong in place of the list, not inside it.
      const parent = path.at(-2);
      const absentInList =
        typeof path.at(-1) === "number" && typeof parent === "string" && (value === "not stated" || value === "not seen");
      return {
        code: "SCHEMA_PATTERN",
        params: {
          where,
          actual: describeValue(value),
          form: known?.form ?? `the pattern ${String(params.pattern)}`,
          suggestion: absentInList
            ? `Write \`${String(parent)}: ${String(value)}\` in place of the whole list, without \`[ ]\` or \`- \`: it says the list itself is ${String(value)}.`
            : (known?.hint(String(value)) ?? "Check the value against docs/field-reference.md."),
        },
        path,
        target: "value",
      };
    }
    case "format":
      return {
        code: "SCHEMA_FORMAT",
        params: { where, actual: describeValue(value), format: String(params.format) },
        path,
        target: "value",
      };
    case "minItems":
      return { code: "SCHEMA_MIN_ITEMS", params: { where, limit: Number(params.limit) }, path, target: "value" };
    case "minLength":
      return { code: "SCHEMA_EMPTY_TEXT", params: { where }, path, target: "value" };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        code: "SCHEMA_RANGE",
        params: { where, comparison: String(params.comparison), limit: Number(params.limit), actual: describeValue(value) },
        path,
        target: "value",
      };
    case "if":
      // "must match the then schema" always comes with the error inside `then`, which says what is wrong.
      return undefined;
    default:
      return { code: "SCHEMA_INVALID", params: { where, detail: error.message ?? error.keyword }, path, target: "value" };
  }
}
