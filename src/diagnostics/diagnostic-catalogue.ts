/**
 * Every diagnostic the compiler can report, keyed by a permanent code.
 *
 * Codes are part of the public interface: authors search for them, CI logs quote them
 * and the README reference is generated from this file. Never rename or reuse a code;
 * retire it instead. Messages and hints are templates: `{name}` is replaced by the
 * parameter of that name when the diagnostic is created.
 */
export type Severity = "error" | "warning";

export interface CatalogueEntry {
  readonly severity: Severity;
  /** One-line statement of what is wrong, with `{param}` placeholders. */
  readonly message: string;
  /** What the author should do about it, with `{param}` placeholders. */
  readonly hint: string;
}

export const diagnosticCatalogue = {
  // --- Reading the file and parsing YAML -------------------------------------------
  YAML_UNREADABLE: {
    severity: "error",
    message: "The file could not be read: {reason}.",
    hint: "Check that the path exists and is a readable file.",
  },
  YAML_FILE_TOO_LARGE: {
    severity: "error",
    message: "The file is {size} bytes; policies are limited to {limit} bytes.",
    hint: "A policy is a few hundred lines. Check that the right file was given.",
  },
  YAML_EMPTY: {
    severity: "error",
    message: "The file is empty.",
    hint: "Start from `npm run new -- <area>` or copy an existing policy.",
  },
  YAML_SYNTAX: {
    severity: "error",
    message: "YAML syntax error: {detail}",
    hint: "Check indentation (spaces, not tabs), colons after keys and closing quotes near this point.",
  },
  YAML_DUPLICATE_KEY: {
    severity: "error",
    message: "The key `{key}` appears twice in the same map.",
    hint: "Remove or rename one of them; YAML keeps only one value per key.",
  },
  YAML_MULTIPLE_DOCUMENTS: {
    severity: "error",
    message: "The file holds more than one YAML document.",
    hint: "Remove the `---` separator: one file holds one revision of one policy.",
  },
  YAML_UNKNOWN_TAG: {
    severity: "error",
    message: "The YAML tag `{tag}` is not allowed.",
    hint: "Remove the tag. Policies use plain YAML values only.",
  },
  YAML_ALIAS_LIMIT: {
    severity: "error",
    message: "The file expands YAML aliases more than {limit} times.",
    hint: 'Aliases (`*name`) that expand into each other grow exponentially (an "alias bomb"). Write the values out instead.',
  },
  YAML_PROTO_KEY: {
    severity: "error",
    message: "The key `{key}` is not allowed.",
    hint: "Keys such as `__proto__` can change how programs read the data. Rename the key.",
  },

  // --- Validating against schemas/policy.schema.json ---------------------------------
  SCHEMA_REQUIRED: {
    severity: "error",
    message: "`{property}` is missing from {where}.",
    hint: "Add `{property}:`. If the source document does not say, write `{property}: not stated`.",
  },
  SCHEMA_UNKNOWN_PROPERTY: {
    severity: "error",
    message: "`{property}` is not a property of {where}.",
    hint: "{suggestion}",
  },
  SCHEMA_TYPE: {
    severity: "error",
    message: "{where} must be {expected}, but is {actual}.",
    hint: "{suggestion}",
  },
  SCHEMA_ENUM: {
    severity: "error",
    message: "{where} must be one of {allowed}, but is {actual}.",
    hint: "{suggestion}",
  },
  SCHEMA_CONST: {
    severity: "error",
    message: "{where} must be {allowed}, but is {actual}.",
    hint: "Write exactly {allowed}.",
  },
  SCHEMA_PATTERN: {
    severity: "error",
    message: "{where} is {actual}, which does not have the expected form: {form}.",
    hint: "{suggestion}",
  },
  SCHEMA_FORMAT: {
    severity: "error",
    message: "{where} is {actual}, which is not a valid {format}.",
    hint: "Check the value for typing mistakes.",
  },
  SCHEMA_MIN_ITEMS: {
    severity: "error",
    message: "{where} needs at least {limit} item(s).",
    hint: "Add an item, or write `not stated` where the source is silent and the field allows it.",
  },
  SCHEMA_EMPTY_TEXT: {
    severity: "error",
    message: "{where} is empty.",
    hint: "Write the text, or `not stated` where the source is silent and the field allows it.",
  },
  SCHEMA_RANGE: {
    severity: "error",
    message: "{where} must be {comparison} {limit}, but is {actual}.",
    hint: "Check the number.",
  },
  SCHEMA_INVALID: {
    severity: "error",
    message: "{where} is not valid: {detail}.",
    hint: "Compare with the field reference, docs/field-reference.md.",
  },

  // --- Meaning: checks the schema cannot express --------------------------------------
  POLICY_AREA_ID_INVALID: {
    severity: "error",
    message: "The area folder `{name}` cannot be used in web addresses.",
    hint: "Rename the folder to lower-case letters, digits and hyphens, e.g. `policies/north-shire/`.",
  },
  POLICY_RESERVED_NAME: {
    severity: "error",
    message: "The {what} name `{name}` is one the site uses for its own pages.",
    hint: "Choose another name. Reserved for areas: {areas}. Reserved for revisions: {revisions}.",
  },
  POLICY_REVISION_ID_INVALID: {
    severity: "error",
    message: "The revision file name `{name}` cannot be used in web addresses.",
    hint: "Name revision files like `2024-05.yaml` or `v2.yaml`: lower-case letters, digits, hyphens and dots.",
  },
  POLICY_DUPLICATE_ID: {
    severity: "error",
    message: "The id `{id}` is already used by the {firstKind} at line {firstLine}.",
    hint: "Every id in a policy must be unique (roles, stages, meetings, tracks, routes and the rest share one set). Rename one.",
  },
  POLICY_UNKNOWN_REFERENCE: {
    severity: "error",
    message: "No {kind} has the id `{id}`.",
    hint: "{suggestion}",
  },
  POLICY_WRONG_REFERENCE_KIND: {
    severity: "error",
    message: "`{id}` is a {actualKind}, but a {kind} is expected here.",
    hint: "Refer to the id of a {kind}.",
  },
  POLICY_UNREACHABLE_STAGE: {
    severity: "error",
    message: "No path reaches {stage}.",
    hint: "Point a `not-resolved` outcome (or a meeting, or a bypass route's `toStage`) at `{id}`, or remove the stage.",
  },
  POLICY_MISSING_NOT_RESOLVED: {
    severity: "error",
    message: "{stage} is not the last stage but has no `not-resolved` outcome.",
    hint: "Add an outcome `- result: not-resolved` with `next:` the stage or meeting that follows.",
  },
  POLICY_STAGE_CYCLE: {
    severity: "error",
    message: "The stages loop back on themselves: {cycle}.",
    hint: "A `not-resolved` outcome must move on to a later stage, a meeting, or `final`.",
  },
  POLICY_UNKNOWN_UNIT: {
    severity: "error",
    message: "`{unit}` is not a timescale unit.",
    hint: "{suggestion}",
  },
  POLICY_TIMESCALE_AMOUNT: {
    severity: "error",
    message: "{detail}",
    hint: "Units counted in numbers (working-days, calendar-days, hours, weeks) need `amount`; same-day and immediately take none.",
  },
  POLICY_TIMESCALE_WORDING_MISMATCH: {
    severity: "warning",
    message: "The timescale's wording says {numbers}, but its amount is {amount}.",
    hint: "Make them agree: `wording` quotes the source and is shown beside the timescale; `amount` is what the form counts with. A copied revision often keeps the old wording.",
  },
  POLICY_MARKING_WITHOUT_EMAIL: {
    severity: "error",
    message: "A marking is given for the method `{method}`, which is not email.",
    hint: "Email markings belong on a method `email` or `secure-email`. Move `marking:` there or remove it.",
  },
  POLICY_INVALID_DATE: {
    severity: "error",
    message: "{date} is not a date on the calendar.",
    hint: "Check the day and month.",
  },
  POLICY_AREA_LABEL_MISSING: {
    severity: "error",
    message: "The area's name is `not stated` and it has no `label`.",
    hint: "Add `label:` under `area:` so the site can refer to the area, e.g. `Unnamed local authority`.",
  },
  POLICY_REVIEW_OVERDUE: {
    severity: "warning",
    message: "The review date {date} has passed.",
    hint: "Review the procedure and publish a new revision with a new `nextReview` date.",
  },
  // --- Across the revisions of one area ----------------------------------------------
  POLICY_REVISION_SAME_DAY: {
    severity: "error",
    message: "Revisions {revision} and {other} of {area} both take effect on {date}.",
    hint: "Give each revision its own `effective` date: on that day the later revision replaces the earlier one, so two on one day leave it unclear which is in force.",
  },
  POLICY_REVISION_UNDATED: {
    severity: "error",
    message: "{area} has {count} revisions, but revision {revision} has no effective date.",
    hint: "With more than one revision, each needs `revision.effective` so the site can tell which one is in force and which it replaced.",
  },
  POLICY_AREA_NOT_IN_FORCE: {
    severity: "warning",
    message: "No revision of {area} is in force yet: the first, {revision}, takes effect on {date}.",
    hint: "The site shows it as coming into force on that date. If the procedure already applies, correct `revision.effective`.",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;
