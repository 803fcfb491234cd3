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
  /** A few words naming the problem, for lists and tables ("Property missing"). */
  readonly title: string;
  /** One-line statement of what is wrong, with `{param}` placeholders. */
  readonly message: string;
  /** What the author should do about it, with `{param}` placeholders. */
  readonly hint: string;
}

export const diagnosticCatalogue = {
  // --- Reading the file and parsing YAML -------------------------------------------
  YAML_UNREADABLE: {
    severity: "error",
    title: "File cannot be read",
    message: "The file could not be read: {reason}.",
    hint: "Check that the path exists and is a readable file.",
  },
  YAML_FILE_TOO_LARGE: {
    severity: "error",
    title: "File too large",
    message: "The file is {size} bytes; policies are limited to {limit} bytes.",
    hint: "A policy is a few hundred lines. Check that the right file was given.",
  },
  YAML_MERGE_KEY: {
    severity: "error",
    title: "Merge key not allowed",
    message: "The merge key `<<` is not allowed.",
    hint: "Write the properties out in full: merges copy values from elsewhere in the file, which hides what the policy says where it says it.",
  },
  YAML_TOO_DEEP: {
    severity: "error",
    title: "Nested too deeply",
    message: "The file nests more than {limit} levels deep here.",
    hint: "A policy nests a few levels at most. Check the indentation and the brackets near this point.",
  },
  YAML_EMPTY: {
    severity: "error",
    title: "File empty",
    message: "The file is empty.",
    hint: "Start from `npm run new -- <area>` or copy an existing policy.",
  },
  YAML_SYNTAX: {
    severity: "error",
    title: "YAML syntax error",
    message: "YAML syntax error: {detail}",
    hint: "Check indentation (spaces, not tabs), colons after keys and closing quotes near this point.",
  },
  YAML_DUPLICATE_KEY: {
    severity: "error",
    title: "Key written twice",
    message: "The key `{key}` appears twice in the same map.",
    hint: "Remove or rename one of them; YAML keeps only one value per key.",
  },
  YAML_MULTIPLE_DOCUMENTS: {
    severity: "error",
    title: "More than one document",
    message: "The file holds more than one YAML document.",
    hint: "Remove the `---` separator: one file holds one revision of one policy.",
  },
  YAML_UNKNOWN_TAG: {
    severity: "error",
    title: "YAML tag not allowed",
    message: "The YAML tag `{tag}` is not allowed.",
    hint: "Remove the tag. Policies use plain YAML values only.",
  },
  YAML_ALIAS_LIMIT: {
    severity: "error",
    title: "Too many alias expansions",
    message: "The file expands YAML aliases more than {limit} times.",
    hint: 'Aliases (`*name`) that expand into each other grow exponentially (an "alias bomb"). Write the values out instead.',
  },
  YAML_TOO_MANY_KEYS: {
    severity: "error",
    title: "Too many keys in one map",
    message: "This map has {count} keys; a map may have at most {limit}.",
    hint: "A policy's maps have a few dozen keys at most. Check the indentation above this point: lines meant for a list or another map may have ended up here.",
  },
  YAML_TOO_MANY_ITEMS: {
    severity: "error",
    title: "Too many items in one list",
    message: "This list has {count} items; a list may have at most {limit}.",
    hint: "A policy's lists have a few dozen items at most. Check that the right file was given and that the list ends where it should.",
  },
  YAML_TEXT_TOO_LONG: {
    severity: "error",
    title: "Text too long",
    message: "This text is {length} characters long; a value may be at most {limit}.",
    hint: "Policy text is a sentence or a paragraph. Summarise it, or check for a quote left open that runs on into the rest of the file.",
  },
  YAML_UNPUBLISHABLE_CHARACTER: {
    severity: "error",
    title: "Character that cannot be published",
    message: "This text contains {character}, which cannot be shown, printed or published.",
    hint: "Remove it. Such characters usually come from a `\\x` or `\\u` escape in quotes, or from copying out of another program.",
  },
  YAML_COMPLEX_KEY: {
    severity: "error",
    title: "Key that is not text",
    message: "This key is a list or a map; keys are plain text.",
    hint: "Write the key as a word such as `title:`. A `?` before a line, or brackets before a colon, make a complex key, which policies never use.",
  },
  YAML_PROTO_KEY: {
    severity: "error",
    title: "Key not allowed",
    message: "The key `{key}` is not allowed.",
    hint: "Keys such as `__proto__` can change how programs read the data. Rename the key.",
  },

  // --- Validating against schemas/policy.schema.json ---------------------------------
  SCHEMA_REQUIRED: {
    severity: "error",
    title: "Property missing",
    message: "`{property}` is missing from {where}.",
    hint: "Add `{property}:`. {suggestion}",
  },
  SCHEMA_UNKNOWN_PROPERTY: {
    severity: "error",
    title: "Property not known",
    message: "`{property}` is not a property of {where}.",
    hint: "{suggestion}",
  },
  SCHEMA_TYPE: {
    severity: "error",
    title: "Wrong kind of value",
    message: "{where} must be {expected}, but is {actual}.",
    hint: "{suggestion}",
  },
  SCHEMA_ENUM: {
    severity: "error",
    title: "Value not in the list",
    message: "{where} must be one of {allowed}, but is {actual}.",
    hint: "{suggestion}",
  },
  SCHEMA_CONST: {
    severity: "error",
    title: "Value must be exact",
    message: "{where} must be {allowed}, but is {actual}.",
    hint: "Write exactly {allowed}.",
  },
  SCHEMA_PATTERN: {
    severity: "error",
    title: "Value in the wrong form",
    message: "{where} is {actual}, which does not have the expected form: {form}.",
    hint: "{suggestion}",
  },
  SCHEMA_FORMAT: {
    severity: "error",
    title: "Value not valid for its format",
    message: "{where} is {actual}, which is not a valid {format}.",
    hint: "Check the value for typing mistakes.",
  },
  SCHEMA_MIN_ITEMS: {
    severity: "error",
    title: "List too short",
    message: "{where} needs at least {limit} item(s).",
    hint: "Add an item, or write `not stated` where the source is silent and the field allows it.",
  },
  SCHEMA_EMPTY_TEXT: {
    severity: "error",
    title: "Text empty",
    message: "{where} is empty.",
    hint: "Write the text, or `not stated` where the source is silent and the field allows it.",
  },
  SCHEMA_RANGE: {
    severity: "error",
    title: "Number out of range",
    message: "{where} must be {comparison} {limit}, but is {actual}.",
    hint: "Check the number.",
  },
  SCHEMA_INVALID: {
    severity: "error",
    title: "Value not valid",
    message: "{where} is not valid: {detail}.",
    hint: "Compare with the field reference, docs/field-reference.md.",
  },

  // --- Meaning: checks the schema cannot express --------------------------------------
  POLICY_AREA_ID_INVALID: {
    severity: "error",
    title: "Area folder name unusable",
    message: "The area folder `{name}` cannot be used in web addresses.",
    hint: "Rename the folder to lower-case letters, digits and hyphens, e.g. `policies/north-shire/`.",
  },
  POLICY_RESERVED_NAME: {
    severity: "error",
    title: "Name reserved by the site",
    message: "The {what} name `{name}` is one the site uses for its own pages.",
    hint: "Choose another name. Reserved for areas: {areas}. Reserved for revisions: {revisions}.",
  },
  POLICY_REVISION_ID_INVALID: {
    severity: "error",
    title: "Revision file name unusable",
    message: "The revision file name `{name}` cannot be used in web addresses.",
    hint: "Name revision files like `2024-05.yaml` or `v2.yaml`: lower-case letters, digits, hyphens and dots.",
  },
  POLICY_DUPLICATE_ID: {
    severity: "error",
    title: "Id used twice",
    message: "The id `{id}` is already used by the {firstKind} at line {firstLine}.",
    hint: "Every id in a policy must be unique (roles, stages, meetings, tracks, routes and the rest share one set). Rename one.",
  },
  POLICY_UNKNOWN_REFERENCE: {
    severity: "error",
    title: "Reference to nothing",
    message: "No {kind} has the id `{id}`.",
    hint: "{suggestion}",
  },
  POLICY_WRONG_REFERENCE_KIND: {
    severity: "error",
    title: "Reference to the wrong kind of thing",
    message: "`{id}` is a {actualKind}, but a {kind} is expected here.",
    hint: "Refer to the id of a {kind}.",
  },
  POLICY_PHASE_OTHER_TRACK: {
    severity: "error",
    title: "Phase of another track",
    message: "The phase `{id}` belongs to the track `{phaseTrack}`, not to `{track}`, whose stage this is.",
    hint: "Use a phase of `{track}`, or move the stage. Phases group the stages of their own track only.",
  },
  POLICY_UNREACHABLE_STAGE: {
    severity: "error",
    title: "Stage cannot be reached",
    message: "No path reaches the stage `{id}`.",
    hint: "Point a `not-resolved` outcome (or a meeting, or a bypass route's `toStage`) at `{id}`, or remove the stage.",
  },
  POLICY_MISSING_NOT_RESOLVED: {
    severity: "error",
    title: "No way on from a stage",
    message: "The stage `{id}` is not the last stage but has no `not-resolved` or `no-reply` outcome.",
    hint: "Add an outcome `- result: not-resolved` with `next:` the stage or meeting that follows.",
  },
  POLICY_STAGE_CYCLE: {
    severity: "error",
    title: "Stages loop",
    message: "The stages loop back on themselves: {cycle}.",
    hint: "A `not-resolved` outcome must move on to a later stage, a meeting, or `final`.",
  },
  POLICY_UNKNOWN_UNIT: {
    severity: "error",
    title: "Timescale unit not known",
    message: "`{unit}` is not a timescale unit.",
    hint: "{suggestion}",
  },
  POLICY_TIMESCALE_AMOUNT: {
    severity: "error",
    title: "Timescale amount missing",
    message: "The unit `{unit}` is counted in numbers and needs an `amount`.",
    hint: "Give the number the source states as `amount:`, or `amount: not seen` where it was not available. Counted units: working-days, calendar-days, days, hours, working-weeks, weeks, months.",
  },
  POLICY_TIMESCALE_AMOUNT_UNEXPECTED: {
    severity: "error",
    title: "Amount on a limit without a number",
    message: "The limit `{unit}` has no number, but an `amount` is given.",
    hint: "Remove `amount:`, or use a counted unit (working-days, calendar-days, days, hours, working-weeks, weeks, months) if the source gives a number. Limits without a number: immediately, same-day, without-delay, as-soon-as-possible, reasonable-time, agreed-case-by-case.",
  },
  POLICY_TIMESCALE_WORDING_MISMATCH: {
    severity: "warning",
    title: "Timescale wording and amount disagree",
    message: "The timescale's wording says {numbers}, but its amount is {amount}.",
    hint: "Make them agree: `wording` quotes the source and is shown beside the timescale; `amount` is what the form counts with. A copied revision often keeps the old wording.",
  },
  POLICY_REPORT_WITH_REPLY: {
    severity: "error",
    title: "Report stage with a reply time",
    message: "The stage `{stage}` expects no reply (`replyExpected: false`) but has a timescale for a response.",
    hint: "If the source gives a time for a reply, remove `replyExpected: false`; if the stage is a report, give the timescale another `for` (e.g. `notification`) or remove it.",
  },
  POLICY_NO_REPLY_ON_REPORT: {
    severity: "error",
    title: "No reply on a report",
    message: "The stage `{stage}` is a report (`replyExpected: false`) but has a `no-reply` outcome.",
    hint: "A report expects no reply, so none can be missed. Remove the `no-reply` outcome, or `replyExpected: false` if the source does expect a reply.",
  },
  POLICY_EXAMPLE_FAILS: {
    severity: "error",
    title: "A worked example no longer holds",
    message: 'Worked example "{title}", {what}: the form {actual}, but the example says it {expected}.',
    hint: "If the procedure changed (a new timescale, other bank holidays), correct the example to what the form now gives; if it did not, the change that moved the result is the mistake.",
  },
  POLICY_SIDE_ACTION_NEVER_APPLIES: {
    severity: "error",
    title: "A side action that can never apply",
    message:
      "The side action `{id}` happens when the escalation is resolved (`on: resolved`) and only when it is not resolved (`when.notResolved: true`), so it can never apply.",
    hint: "Check the source for which it means: an action on resolution (remove `notResolved`), or one when a stage fails (remove `on: resolved`).",
  },
  POLICY_OVERALL_LIMIT_EXCEEDED: {
    severity: "warning",
    title: "Stages do not fit the overall limit",
    message: "The stages' own limits add up to {total} {unit}, more than the overall limit of {cap} {unit}.",
    hint: "Check both against the source. If the source could mean each stage rather than the whole track, write `appliesTo: unclear` and add a doubt saying which reading the policy takes.",
  },
  POLICY_ROUTE_TARGET_CONFLICT: {
    severity: "error",
    title: "Route goes two ways",
    message: "The route `{route}` names both a stage (`toStage`) and any higher stage (`toAnyHigherStage`).",
    hint: "Keep `toStage` when the source names the stage it goes to, or `toAnyHigherStage: true` when it may go to any higher one.",
  },
  POLICY_DOUBT_KIND: {
    severity: "error",
    title: "Doubt says two things or none",
    message: "A doubt must give exactly one of `unclear` or `outsideSource`.",
    hint: "Write `unclear:` when the source's wording allows more than one reading (say which reading the policy takes and why), or `outsideSource:` when the fact comes from elsewhere (say where). For both, write two entries.",
  },
  POLICY_DOUBT_UNKNOWN_PROPERTY: {
    severity: "error",
    title: "Doubt about a property not written",
    message: "The doubt is `about` `{about}`, which is not a property written on this object.",
    hint: "{suggestion} `about` names a property of the object that holds `doubts`; leave it out when the doubt is about the whole object.",
  },
  POLICY_MARKING_WITHOUT_EMAIL: {
    severity: "error",
    title: "Marking on a method that is not email",
    message: "A marking is given for the method `{method}`, which is not email.",
    hint: "Email markings belong on a method `email` or `secure-email`. Move `marking:` there or remove it.",
  },
  POLICY_FORMAT_OUTDATED: {
    severity: "error",
    title: "Policy in an older format",
    message: "The file is in policy format {version}; this version of escalation-kit reads format 2.",
    hint: "Run `npm run migrate -- <file>`: it upgrades the file in place and prints what it changed. docs/format-2.md describes the new format.",
  },
  POLICY_INVALID_DATE: {
    severity: "error",
    title: "Date not on the calendar",
    message: "{date} is not a date on the calendar.",
    hint: "Check the day and month.",
  },
  POLICY_AREA_LABEL_MISSING: {
    severity: "error",
    title: "Unnamed area without a label",
    message: "The area's name is `not stated` and it has no `label`.",
    hint: "Add `label:` under `area:` so the site can refer to the area, e.g. `Unnamed local authority`.",
  },
  POLICY_REVIEW_OVERDUE: {
    severity: "warning",
    title: "Review overdue",
    message: "The review date {date} has passed.",
    hint: "Review the procedure and publish a new revision with a new `nextReview` date.",
  },
  // --- Across the revisions of one area ----------------------------------------------
  POLICY_REVISION_SAME_DAY: {
    severity: "error",
    title: "Two revisions on one day",
    message: "Revisions {revision} and {other} of {area} both take effect on {date}.",
    hint: "Give each revision its own `effective` date: on that day the later revision replaces the earlier one, so two on one day leave it unclear which is in force.",
  },
  POLICY_REVISION_UNDATED: {
    severity: "error",
    title: "Revision cannot be ordered",
    message: "{area} has {count} revisions, but revision {revision} has no effective date and nothing places it among the others.",
    hint: "Give it `revision.effective`; or, where the source gives no date, `revision.supersedes` naming the revision file it replaced (or `published`), so the site can tell which one is in force and which it replaced.",
  },
  POLICY_SUPERSEDES_LATER: {
    severity: "error",
    title: "Supersedes a later revision",
    message: "Revision `{revision}` says it supersedes `{other}`, which takes effect later, on {date}.",
    hint: "Check `revision.supersedes` and both `effective` dates: a revision replaces one that came before it.",
  },
  POLICY_SUPERSEDED_TWICE: {
    severity: "error",
    title: "Revision superseded twice",
    message: "Revisions `{revision}` and `{other}` both say they supersede `{superseded}`.",
    hint: "Each revision replaces the one just before it: the later of the two supersedes the earlier instead.",
  },
  POLICY_SUPERSEDES_LOOP: {
    severity: "error",
    title: "Revisions supersede each other in a loop",
    message: "The revisions {cycle} of {area} supersede each other in a loop, so none can come first.",
    hint: "Follow `revision.supersedes` from the newest revision back to the oldest and correct the one that points forward.",
  },
  POLICY_FLOWCHART_TOO_LARGE: {
    severity: "error",
    title: "Flowchart too large to draw",
    message: "This policy's flowchart would need {measure}; mermaid draws at most {limit}.",
    hint: "No chart that large could be read. Check for stages, routes or text repeated by mistake; if the procedure really is this large, please report it with the file.",
  },
  POLICY_CHECK_FAILED: {
    severity: "error",
    title: "File could not be checked",
    message: "escalation-kit could not check this file: {reason}.",
    hint: "This is a fault in escalation-kit, not in the policy. The other files were checked; please report this one with the file.",
  },
  POLICY_AREA_NOT_IN_FORCE: {
    severity: "warning",
    title: "Nothing in force yet",
    message: "No revision of {area} is in force yet: the first, {revision}, takes effect on {date}.",
    hint: "The site shows it as coming into force on that date. If the procedure already applies, correct `revision.effective`.",
  },
  // --- Reporting ----------------------------------------------------------------------
  CHECK_MORE_LIKE_THIS: {
    severity: "error",
    title: "More of the same, not listed",
    message: "…and {count} more like this ({code}: {title}) in this file, not listed.",
    hint: "Correct the ones listed first: a flood of one mistake usually has one cause, such as an indentation slip or a file that is not a policy. Check the file again to see any that remain.",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;

/** The `{name}` placeholders of a template, as a union of their names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/**
 * The parameters a code's message and hint need, typed from the templates themselves: a
 * missing or misspelt parameter is a type error, not a "{name}" in an author's terminal.
 */
export type DiagnosticParamsOf<C extends DiagnosticCode> = {
  readonly [Name in Placeholders<(typeof diagnosticCatalogue)[C]["message"] | (typeof diagnosticCatalogue)[C]["hint"]>]: string | number;
};
