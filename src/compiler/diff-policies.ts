/**
 * What changed between two revisions of one area's policy, in terms a reader of the
 * "what changed" page cares about (a stage added, a timescale shortened, a role renamed)
 * rather than as a text diff of the YAML, which would show reworded comments and moved
 * lines as changes and hide what they mean.
 *
 * Things are matched by their ids, never by position or wording: an id is the author's
 * statement that two revisions describe the same stage, role or route.
 */
import {
  describeAbsence,
  describeDoubt,
  describeLimit,
  describeRecordEntry,
  describeRepeat,
  describeRoles,
  describeTimescale,
  findStage,
  joinWords,
  notSeenText,
  notStatedText,
  stageHeading,
} from "../generators/describe-policy.ts";
import {
  isStated,
  stagesOf,
  type Absent,
  type Doubt,
  type CategoryList,
  type Jurisdiction,
  type Meeting,
  type Outcome,
  type Policy,
  type Principle,
  type RecordEntry,
  type Route,
  type SideAction,
  type Stage,
  type Stated,
  type Timescale,
  type Track,
} from "./policy-model.ts";

/**
 * Permanent codes: they are published in the policy JSON and other systems may filter on
 * them, so a code is never renamed or reused; new kinds are added at the end.
 */
export const policyChangeKinds = [
  "title-changed",
  "jurisdiction-changed",
  "track-added",
  "track-removed",
  "track-renamed",
  "stage-added",
  "stage-removed",
  "stage-renamed",
  "stage-reordered",
  "stage-recipient-changed",
  "timescale-changed",
  "role-added",
  "role-removed",
  "role-renamed",
  "route-added",
  "route-removed",
  "side-action-added",
  "side-action-removed",
  "category-added",
  "category-removed",
  "principle-added",
  "principle-removed",
  "contact-added",
  "contact-removed",
  "contact-changed",
  // Changes inside a thing kept in both revisions, beyond those named above: without
  // them a revision that rewrote what to record at a stage would show "no changes".
  "track-changed",
  "stage-changed",
  "meeting-added",
  "meeting-removed",
  "meeting-changed",
  "role-changed",
  "route-changed",
  "side-action-changed",
  "category-list-changed",
  "category-changed",
  "principle-changed",
  "section-changed",
] as const;
export type PolicyChangeKind = (typeof policyChangeKinds)[number];

/** The part of the policy a change is in; the names follow the Policy model's fields. */
export type PolicyChangeArea =
  | "policy"
  | "tracks"
  | "stages"
  | "timescales"
  | "roles"
  | "meetings"
  | "routes"
  | "sideActions"
  | "categories"
  | "principles"
  | "contacts";

/** One change, as plain JSON data: it is published on the site as it is. */
export interface PolicyChange {
  readonly kind: PolicyChangeKind;
  readonly area: PolicyChangeArea;
  /** The changed thing's id; for a contact, its role id or else its name; for the policy itself, the field. */
  readonly id: string;
  /** The track a stage (or its timescale) belongs to. */
  readonly trackId?: string;
  /** Short wording of the old value; absent for an addition. */
  readonly before?: string;
  /** Short wording of the new value; absent for a removal. */
  readonly after?: string;
  /**
   * For the "-changed" kinds that compare a whole thing: the Policy model's fields that
   * differ, in the model's order. `before` and `after` are then given only when a single
   * field of text changed.
   */
  readonly fields?: readonly string[];
  /** One plain-English sentence for the "what changed" page. */
  readonly summary: string;
}

/**
 * Lists the changes from `older` to `newer`. Both must be revisions of one area; nothing
 * checks that, so comparing two areas is possible (a comparison page may want it).
 *
 * The order is stable so that the published JSON and the golden files only change when
 * the policies do: sections in a fixed order (the policy itself, tracks with their
 * stages, roles, routes, side actions, categories, principles, contacts); within a
 * section, things in the newer revision's order with each thing's changes together,
 * then what was removed, in the older revision's order.
 */
export function diffPolicies(older: Policy, newer: Policy): PolicyChange[] {
  return [
    ...diffPolicyFields(older, newer),
    ...diffSections(older, newer),
    ...diffTracks(older, newer),
    ...diffMeetings(older, newer),
    ...diffRoles(older, newer),
    ...diffRoutes(older, newer),
    ...diffSideActions(older, newer),
    ...diffCategories(older, newer),
    ...diffPrinciples(older, newer),
    ...diffContacts(older, newer),
  ];
}

// --- helpers --------------------------------------------------------------------------------

/** Optional properties are left out rather than set to undefined, so the JSON has no holes. */
function change(
  kind: PolicyChangeKind,
  area: PolicyChangeArea,
  id: string,
  summary: string,
  values: { trackId?: string; before?: string; after?: string; fields?: readonly string[] } = {},
): PolicyChange {
  return {
    kind,
    area,
    id,
    ...(values.trackId !== undefined ? { trackId: values.trackId } : {}),
    ...(values.before !== undefined ? { before: values.before } : {}),
    ...(values.after !== undefined ? { after: values.after } : {}),
    ...(values.fields !== undefined ? { fields: values.fields } : {}),
    summary,
  };
}

/**
 * A value as a comparable string: object keys sorted (YAML maps have no order that
 * means anything) and undefined properties dropped, so that only what the author
 * changed makes two values differ.
 */
function sameValue(a: unknown, b: unknown): boolean {
  return stableKey(a) === stableKey(b);
}

function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, inner]) => inner !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** How the summaries name each compared field: "Stage 2 (Line managers): what to record changed." */
type FieldWords<T> = Partial<Record<keyof T & string, string>>;

/** Words the summary sentence about a thing, given how the thing is named: `Stage 2 (Line managers)`. */
type Sentence = (subject: string, joiner?: string) => string;

/**
 * Words a field's value for `before` and `after` (role ids as role names, a stage id as
 * the stage's heading), with the revision the value comes from; undefined when the value
 * has no short wording (a condition, a list of methods).
 */
type Describe = (value: unknown, policy: Policy) => string | undefined;

/**
 * The fields of `before` and `after` that differ, among those named in `words`, and a
 * change for them when there are any. Fields left out of `words` are reported by a
 * kind of their own (a stage's recipients, a role's title) or are not the author's to
 * change (a stage's position, worked out from the order). When exactly one field changed
 * and its values can be worded, they become `before` and `after` and, when short, are
 * quoted in the summary. When the only change is to `nameField`, the field the thing is
 * named by, the sentence says it was renamed (or the `renamed` words instead).
 */
function diffFields<T extends object>(
  before: T,
  after: T,
  words: FieldWords<T>,
  make: (sentence: Sentence, values: { before?: string; after?: string; fields: readonly string[] }) => PolicyChange,
  options: {
    /** The revisions `before` and `after` come from, for wording their values. */
    policies: readonly [Policy, Policy];
    compareAs?: Partial<Record<keyof T & string, (value: T) => unknown>>;
    describe?: Partial<Record<keyof T & string, Describe>>;
    nameField?: keyof T & string;
    renamed?: string;
  },
): PolicyChange[] {
  const fields = (Object.keys(words) as (keyof T & string)[]).filter((field) => {
    const read = options.compareAs?.[field] ?? ((value: T) => value[field]);
    return !sameValue(read(before), read(after));
  });
  if (fields.length === 0) return [];
  const only = fields.length === 1 ? fields[0]! : undefined;
  const describe = (field: keyof T & string, value: unknown, policy: Policy): string | undefined =>
    !isStated(value as Stated<unknown>)
      ? describeAbsence((value as Absent).absent)
      : options.describe?.[field]
        ? options.describe[field]!(value, policy)
        : typeof value === "string"
          ? value
          : undefined;
  const [was, now] = only
    ? [describe(only, before[only], options.policies[0]), describe(only, after[only], options.policies[1])]
    : [undefined, undefined];
  const named = joinWords(
    fields.map((field) => words[field]!),
    "and",
  );
  if (was === undefined || now === undefined) {
    // Several fields: when each can be worded, before and after list them field by field.
    const each = (side: T, policy: Policy) => fields.map((field) => [words[field]!, describe(field, side[field], policy)] as const);
    const [wasEach, nowEach] = [each(before, options.policies[0]), each(after, options.policies[1])];
    const worded = !only && [...wasEach, ...nowEach].every(([, text]) => text !== undefined);
    const list = (pairs: typeof wasEach) => pairs.map(([field, text]) => `${field}: ${text}`).join("; ");
    const values = worded ? { before: list(wasEach), after: list(nowEach), fields } : { fields };
    return [make((subject, joiner = ": ") => `${subject}${joiner}${named} changed.`, values)];
  }
  const values = { before: was, after: now, fields };
  if (only === options.nameField) return [make((subject) => `${subject} ${options.renamed ?? "renamed"} ${quoted(shorten(now))}.`, values)];
  // A short value is quoted in the sentence; a long one is left to `before` and `after`.
  const short = (text: string) => text.length <= 100;
  const what =
    was === notStatedText || was === notSeenText
      ? `${named} is now stated${short(now) ? `: ${quoted(shorten(now))}` : ""}`
      : now === notStatedText || now === notSeenText
        ? `${named} is no longer stated${short(was) ? ` (it was ${quoted(shorten(was))})` : ""}`
        : short(was) && short(now)
          ? `${named} changed from ${quoted(shorten(was))} to ${quoted(shorten(now))}`
          : `${named} changed`;
  return [make((subject, joiner = ": ") => `${subject}${joiner}${what}.`, values)];
}

// Describers shared by the sections below.
const roleList =
  (conjunction: string): Describe =>
  (value, policy) =>
    Array.isArray(value) ? (value.length === 0 ? "none" : describeRoles(policy, value as string[], "long", conjunction)) : undefined;
const textList: Describe = (value) =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value.length === 0 ? "none" : value.join("; ")) : undefined;
const stageName = (policy: Policy, id: string) => {
  const found = findStage(policy, id);
  return found ? stageLabel(policy, found.stage) : id;
};
const stageRef: Describe = (value, policy) => {
  if (typeof value === "string") return stageName(policy, value);
  if (value === undefined) return "none";
  // A route's target: a stage, or any higher stage.
  const target = value as { kind?: string; stageId?: string };
  if (target.kind === "any-higher") return "any higher stage";
  return target.kind === "stage" && target.stageId ? stageName(policy, target.stageId) : undefined;
};
const forceWords: Describe = (value) => (typeof value === "string" ? value : undefined);
const doubtList: Describe = (value) =>
  Array.isArray(value) ? (value.length === 0 ? "none" : (value as Doubt[]).map(describeDoubt).join("; ")) : undefined;
const yesNo =
  (yes: string, no: string): Describe =>
  (value) =>
    typeof value === "boolean" ? (value ? yes : no) : undefined;

/**
 * Pairs the items of two lists by key: `kept` in the newer order, `removed` in the older.
 * Keys are unique within a policy (the semantic checks make sure), except contacts, whose
 * keys are made unique by the caller.
 */
function matchById<T>(olderItems: readonly T[], newerItems: readonly T[], key: (item: T) => string) {
  const olderByKey = new Map(olderItems.map((item) => [key(item), item]));
  const newerKeys = new Set(newerItems.map(key));
  return {
    added: newerItems.filter((item) => !olderByKey.has(key(item))),
    kept: newerItems.flatMap((item) => {
      const before = olderByKey.get(key(item));
      return before === undefined ? [] : [{ before, after: item }];
    }),
    removed: olderItems.filter((item) => !newerKeys.has(key(item))),
    /** Every newer item, with its older match if it has one: for sections that report additions and changes in one pass. */
    inNewerOrder: newerItems.map((item) => ({ after: item, before: olderByKey.get(key(item)) })),
  };
}

/** "Not stated" and an empty list say the same for lists of things: there are none to compare. */
const statedList = <T>(value: Stated<readonly T[]>): readonly T[] => (isStated(value) ? value : []);

const quoted = (text: string) => `"${text}"`;

/** Long texts (a principle) are cut at a word in the summary; before and after keep them whole. */
function shorten(text: string, max = 120): string {
  // The text's own full stop is dropped: the summary sentence brings one after the quote.
  const flat = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max).replace(/[,;:.]$/, "")}…`;
}

// --- the policy itself ----------------------------------------------------------------------

const jurisdictionNames: Record<Jurisdiction, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};
const describeJurisdiction = (value: Stated<Jurisdiction>) => (isStated(value) ? jurisdictionNames[value] : describeAbsence(value.absent));

function diffPolicyFields(older: Policy, newer: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  if (older.title !== newer.title) {
    changes.push(
      change("title-changed", "policy", "title", `Title changed from ${quoted(older.title)} to ${quoted(newer.title)}.`, {
        before: older.title,
        after: newer.title,
      }),
    );
  }
  const [was, now] = [older.area.jurisdiction, newer.area.jurisdiction];
  const [before, after] = [describeJurisdiction(was), describeJurisdiction(now)];
  if (before !== after) {
    // Each says what follows, because it is not obvious: the nation decides which bank
    // holidays are skipped when a working-day timescale is counted.
    const summary = !isStated(was)
      ? `The policy now says it applies in ${after}, whose bank holidays are skipped when working days are counted.`
      : !isStated(now)
        ? `The policy no longer says which nation it applies in (it said ${before}), so which bank holidays to skip when counting working days is not known.`
        : `Jurisdiction changed from ${before} to ${after}, which decides the bank holidays skipped when working days are counted.`;
    changes.push(change("jurisdiction-changed", "policy", "jurisdiction", summary, { before, after }));
  }
  return changes;
}

/**
 * The policy's own sections. Left out: its identity and file, the source document and
 * the revision's dates and notes (they change with every revision; the history page
 * shows them), the colour (presentation only) and the lists that have sections below.
 */
const sectionWords: FieldWords<Policy> = {
  summary: "summary",
  purpose: "purpose",
  audience: "audience",
  scope: "scope",
  priorities: "priorities",
  childStatuses: "child statuses the form asks about",
  learning: "learning from escalations",
  monitoring: "monitoring",
  relatedDocuments: "related documents",
  notes: "notes",
};

function diffSections(older: Policy, newer: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  // The area's name and owner are compared apart from the rest of `area`: the
  // jurisdiction has its own kind and the colour is not the author's policy.
  const areaWords = { name: "area's name", owner: "area's owner" } as const;
  const policies = [older, newer] as const;
  for (const field of ["name", "owner"] as const) {
    changes.push(
      ...diffFields(
        older.area,
        newer.area,
        { [field]: areaWords[field] },
        (what, values) => change("section-changed", "policy", `area.${field}`, what("The", " "), values),
        {
          policies,
        },
      ),
    );
  }
  // One change per section, so that each can be linked to and filtered on by its id.
  for (const field of Object.keys(sectionWords) as (keyof typeof sectionWords)[]) {
    changes.push(
      ...diffFields(
        older,
        newer,
        { [field]: sectionWords[field] },
        (what, values) => change("section-changed", "policy", field, what("The", " "), values),
        {
          policies,
          describe: { audience: textList, notes: textList },
        },
      ),
    );
  }
  return changes;
}

// --- tracks and stages ----------------------------------------------------------------------

function diffTracks(older: Policy, newer: Policy): PolicyChange[] {
  const tracks = matchById(older.tracks, newer.tracks, (t) => t.id);
  const changes: PolicyChange[] = [];
  for (const { before, after } of tracks.inNewerOrder) {
    if (!before) {
      // A new track's stages are all new: naming them here says so in one entry rather than one per stage.
      changes.push(
        change("track-added", "tracks", after.id, `Track ${quoted(after.title)} added, ${describeTrackStages(after)}.`, {
          after: after.title,
        }),
      );
      continue;
    }
    if (before.title !== after.title) {
      changes.push(
        change("track-renamed", "tracks", after.id, `Track ${quoted(before.title)} renamed ${quoted(after.title)}.`, {
          before: before.title,
          after: after.title,
        }),
      );
    }
    changes.push(
      ...diffFields(
        before,
        after,
        trackFieldWords,
        (what, values) => change("track-changed", "tracks", after.id, what(`Track ${quoted(after.title)}`), values),
        {
          policies: [older, newer],
          compareAs: { overallLimit: (t) => (t.overallLimit ? [timescaleKey(t.overallLimit.limit), t.overallLimit.appliesTo] : null) },
          describe: {
            raisedBy: roleList("or"),
            doubts: doubtList,
            overallLimit: (value, policy) =>
              value === undefined ? "none" : describeTimescale(policy, (value as NonNullable<Track["overallLimit"]>).limit),
          },
        },
      ),
    );
    changes.push(...diffStages(older, newer, before, after));
  }
  for (const track of tracks.removed) {
    changes.push(
      change("track-removed", "tracks", track.id, `Track ${quoted(track.title)} removed, ${describeTrackStages(track)}.`, {
        before: track.title,
      }),
    );
  }
  return changes;
}

const trackFieldWords: FieldWords<Track> = {
  description: "description",
  raisedBy: "who raises concerns on it",
  stageTerm: "what its stages are called",
  phases: "phases",
  whenLastStageFails: "what happens when the last stage does not resolve it",
  owner: "its owner",
  sourceId: "its source document",
  overallLimit: "its overall time limit",
  doubts: "doubts about it",
};

function describeTrackStages(track: Track): string {
  if (!isStated(track.stages)) return `its stages ${describeAbsence(track.stages.absent)}`;
  const count = track.stages.length;
  return `with ${count} ${count === 1 ? "stage" : "stages"}: ${joinWords(track.stages.map(stageHeading), "and")}`;
}

/**
 * How a stage is named at the start of a summary: "Stage 2 (Team Manager)", or with a dash
 * when the title has brackets of its own ("Formal Stage One – Escalation to Assistant Team
 * Manager (ATM)"). A stage of a track other than the policy's first is placed in its
 * track, since stage names repeat across tracks ("Stage 1" in each).
 */
function stageLabel(policy: Policy, stage: Stage): string {
  const name = !stage.title ? stage.name : stage.title.includes("(") ? `${stage.name} – ${stage.title}` : `${stage.name} (${stage.title})`;
  return `${name}${inTrack(policy, stage)}`;
}

function inTrack(policy: Policy, stage: Stage): string {
  const track = policy.tracks.find((t) => t.id === stage.trackId);
  return track && policy.tracks[0] !== track ? ` in ${quoted(track.title)}` : "";
}

function diffStages(older: Policy, newer: Policy, olderTrack: Track, newerTrack: Track): PolicyChange[] {
  const stages = matchById(stagesOf(olderTrack), stagesOf(newerTrack), (s) => s.id);
  const moved = findMovedStages(stages.kept.map(({ before }) => before.index));
  const changes: PolicyChange[] = [];
  const trackId = newerTrack.id;
  let keptIndex = 0;
  for (const { before, after } of stages.inNewerOrder) {
    if (!before) {
      changes.push(
        change(
          "stage-added",
          "stages",
          after.id,
          `Stage ${quoted(stageHeading(after))} added at position ${after.index + 1}${inTrack(newer, after)}.`,
          { trackId, after: stageHeading(after) },
        ),
      );
      continue;
    }
    const label = stageLabel(newer, after);
    if (stageHeading(before) !== stageHeading(after)) {
      changes.push(
        change(
          "stage-renamed",
          "stages",
          after.id,
          `Stage ${quoted(stageHeading(before))} renamed ${quoted(stageHeading(after))}${inTrack(newer, after)}.`,
          {
            trackId,
            before: stageHeading(before),
            after: stageHeading(after),
          },
        ),
      );
    }
    if (moved.has(keptIndex++)) {
      const [from, to] = [`position ${before.index + 1}`, `position ${after.index + 1}`];
      const direction = after.index < before.index ? "earlier" : "later";
      changes.push(
        change("stage-reordered", "stages", after.id, `${label}: moved ${direction}, from ${from} to ${to}.`, {
          trackId,
          before: from,
          after: to,
        }),
      );
    }
    if (recipientKey(before) !== recipientKey(after)) {
      const values = { trackId, before: describeRecipients(older, before), after: describeRecipients(newer, after) };
      changes.push(
        change("stage-recipient-changed", "stages", after.id, describeRecipientChange(older, newer, before, after, label), values),
      );
    }
    if (timescalesKey(before.timescales) !== timescalesKey(after.timescales)) {
      changes.push(diffTimescales(older, newer, before, after, label));
    }
    changes.push(
      ...diffFields(
        before,
        after,
        stageFieldWords,
        (what, values) => change("stage-changed", "stages", after.id, what(label), { trackId, ...values }),
        {
          policies: [older, newer],
          compareAs: { outcomes: (stage) => stageOutcomesKey(stage, stage === before ? olderTrack : newerTrack) },
          describe: {
            phaseId: (value, policy) =>
              value === undefined ? "none" : (policy.tracks.flatMap((t) => t.phases).find((ph) => ph.id === value)?.title ?? String(value)),
            raisedBy: roleList("or"),
            with: roleList("and"),
            mayInvolve: roleList("and"),
            force: forceWords,
            replyExpected: yesNo("a reply is expected", "a report: no reply is expected"),
            repeat: (value, policy) => {
              if (value === undefined) return "does not repeat";
              return describeRepeat({ repeat: value } as Stage) ?? undefined;
            },
            doubts: doubtList,
            steps: textList,
            send: textList,
            record: (value) => (Array.isArray(value) ? (value as RecordEntry[]).map(describeRecordEntry).join("; ") || "none" : undefined),
          },
        },
      ),
    );
  }
  for (const stage of stages.removed) {
    changes.push(
      change("stage-removed", "stages", stage.id, `Stage ${quoted(stageHeading(stage))} removed${inTrack(older, stage)}.`, {
        trackId: olderTrack.id,
        before: stageHeading(stage),
      }),
    );
  }
  return changes;
}

/** The rest of a stage; its names, position, recipients and timescales have kinds of their own. */
const stageFieldWords: FieldWords<Stage> = {
  phaseId: "its phase",
  formality: "formality",
  raisedBy: "who raises it",
  with: "who takes part",
  summary: "summary",
  purpose: "purpose",
  steps: "steps",
  send: "what to send",
  methods: "how to raise it",
  record: "what to record",
  outcomes: "outcomes",
  force: "how binding it is",
  mayInvolve: "who may be involved",
  replyExpected: "whether a reply is expected",
  repeat: "whether it repeats up the line",
  doubts: "doubts about it",
};

/**
 * A stage's outcomes as their meaning: "not resolved goes to the following stage" stays
 * the same when a stage is added, removed or moved around it (already reported), while a
 * jump to another stage is compared by that stage's id. A last stage's `final` is its
 * following step too: a stage appended after it takes over what `final` meant.
 */
function stageOutcomesKey(stage: Stage, track: Track) {
  const following = stagesOf(track)[stage.index + 1]?.id;
  if (!isStated(stage.outcomes)) return stage.outcomes;
  return stage.outcomes.map((o) => ({
    result: o.result,
    description: o.description,
    next: (o.next.kind === "stage" && o.next.id === following) || (o.next.kind === "final" && stage.isLast) ? "following" : o.next,
  }));
}

/**
 * Which of the stages kept in both revisions moved, given each one's older position in
 * the newer order. The stages on a longest increasing run kept their relative order; the
 * rest moved. This reports the fewest moves: moving one stage up three places is one
 * change, not three stages each shifted down by one. Ties keep the stage that comes later
 * in the newer order in place, so when two stages swap, the one that moved earlier is the
 * one reported (the way an author describes it: "stage 3 now comes before stage 2").
 */
function findMovedStages(olderPositions: readonly number[]): Set<number> {
  const length = olderPositions.map(() => 1);
  const previous = olderPositions.map(() => -1);
  for (let i = 0; i < olderPositions.length; i++) {
    for (let j = 0; j < i; j++) {
      if (olderPositions[j]! < olderPositions[i]! && length[j]! + 1 >= length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  length.forEach((l, i) => {
    if (end === -1 || l >= length[end]!) end = i;
  });
  const inOrder = new Set<number>();
  for (let i = end; i !== -1; i = previous[i]!) inOrder.add(i);
  return new Set(olderPositions.map((_, i) => i).filter((i) => !inOrder.has(i)));
}

/** Compared by role ids, so renaming a role is reported once (as role-renamed), not on every stage that uses it. */
const recipientKey = (stage: Stage) => JSON.stringify([stage.to, stage.eachAgency]);

const eachAgencyWords = "in each agency at once";

function describeRecipients(policy: Policy, stage: Stage): string {
  const who = describeRoles(policy, stage.to);
  return stage.eachAgency && isStated(stage.to) ? `${who}, ${eachAgencyWords}` : who;
}

/** Says only what changed: the recipients, whether it happens in each agency at once, or both. */
function describeRecipientChange(older: Policy, newer: Policy, before: Stage, after: Stage, label: string): string {
  if (!isStated(before.to)) return `${label}: who it is raised with is now stated (${describeRecipients(newer, after)}).`;
  if (!isStated(after.to)) return `${label}: who it is raised with is no longer stated (it was ${describeRecipients(older, before)}).`;
  const [was, now] = [describeRoles(older, before.to), describeRoles(newer, after.to)];
  const sameRoles = JSON.stringify(before.to) === JSON.stringify(after.to);
  if (sameRoles && after.eachAgency) return `${label}: now raised with ${now} ${eachAgencyWords}, not in one agency only.`;
  if (sameRoles) return `${label}: now raised with ${now} in one agency only, no longer ${eachAgencyWords}.`;
  if (before.eachAgency === after.eachAgency) {
    return `${label}: now raised with ${now} instead of ${was}${after.eachAgency ? `, ${eachAgencyWords}` : ""}.`;
  }
  const [whoBefore, whoAfter] = [describeRecipients(older, before), describeRecipients(newer, after)];
  return `${label}: now raised with ${whoAfter}${after.eachAgency ? "," : ""} instead of ${whoBefore}.`;
}

/**
 * What a timescale means, without the source's own `wording` (rewording a quote changes
 * nothing for a reader) and by role id rather than label (see recipientKey).
 */
function timescalesKey(value: Stated<readonly Timescale[]>): string {
  // An empty list and "not stated" both leave the stage without a timescale.
  return isStated(value) && value.length > 0 ? JSON.stringify(value.map((t) => timescaleKey(t))) : "none";
}

function timescaleKey(t: Timescale, withDuration = true): string {
  const duration = withDuration ? [t.limit, t.alsoStatedAs ?? null] : [];
  return JSON.stringify([
    t.for,
    isStated(t.who) ? t.who : null,
    ...duration,
    t.from,
    conditionKey(t.when),
    t.bound,
    t.asSoonAsPossible,
    t.orSooner ?? null,
    t.force,
    t.doubts,
  ]);
}

/**
 * Conditions come from YAML maps, so their keys are sorted to compare them; their lists
 * (child statuses, raisers) are sets, so those are sorted too.
 */
function conditionKey(condition: Timescale["when"]): string | null {
  if (!condition) return null;
  return JSON.stringify(
    Object.entries(condition)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function describeTimescales(policy: Policy, value: Stated<readonly Timescale[]>): string {
  return isStated(value) && value.length > 0 ? value.map((t) => describeTimescale(policy, t)).join("; ") : notStatedText;
}

/**
 * The usual change is one timescale getting longer or shorter: the summary then says just
 * "from 5 working days to 3 working days". Anything else (who acts, from when, several
 * timescales, a timescale stated for the first time) needs the full wording to be
 * understood, so the summary gives that.
 */
function diffTimescales(older: Policy, newer: Policy, before: Stage, after: Stage, label: string): PolicyChange {
  const [beforeText, afterText] = [describeTimescales(older, before.timescales), describeTimescales(newer, after.timescales)];
  const values = { trackId: after.trackId, before: beforeText, after: afterText };
  const [a, b] = [before.timescales, after.timescales];
  if (isStated(a) && isStated(b) && a.length === 1 && b.length === 1) {
    if (timescaleKey(a[0]!, false) === timescaleKey(b[0]!, false)) {
      return change(
        "timescale-changed",
        "timescales",
        after.id,
        `${label}: timescale changed from ${describeLimit(a[0]!.limit)} to ${describeLimit(b[0]!.limit)}.`,
        values,
      );
    }
  }
  if (!isStated(a) || a.length === 0) {
    return change("timescale-changed", "timescales", after.id, `${label}: a timescale is now stated (${afterText}).`, values);
  }
  if (!isStated(b) || b.length === 0) {
    return change(
      "timescale-changed",
      "timescales",
      after.id,
      `${label}: the timescale is no longer stated (it was ${beforeText}).`,
      values,
    );
  }
  return change(
    "timescale-changed",
    "timescales",
    after.id,
    `${label}: timescale changed from ${quoted(beforeText)} to ${quoted(afterText)}.`,
    values,
  );
}

// --- meetings ----------------------------------------------------------------------------------

const meetingFieldWords: FieldWords<Meeting> = {
  when: "when it is held",
  duringStageId: "the stage it is held at",
  attendees: "who attends",
  purpose: "purpose",
  optional: "whether it is optional",
  outcomes: "outcomes",
  doubts: "doubts about it",
};

function diffMeetings(older: Policy, newer: Policy): PolicyChange[] {
  const meetings = matchById(older.meetings, newer.meetings, (m) => m.id);
  const changes: PolicyChange[] = [];
  for (const { before, after } of meetings.inNewerOrder) {
    if (!before) {
      changes.push(change("meeting-added", "meetings", after.id, `Meeting ${quoted(after.title)} added.`, { after: after.title }));
      continue;
    }
    // A meeting has no kind of its own for a new title: it is one of its fields here.
    changes.push(
      ...diffFields(
        before,
        after,
        { title: "title", ...meetingFieldWords },
        (what, values) => change("meeting-changed", "meetings", after.id, what(`Meeting ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          // Its outcomes are compared as written: a meeting's "not resolved" names the stage it leads to.
          describe: { duringStageId: stageRef, attendees: roleList("and"), optional: yesNo("optional", "always held"), doubts: doubtList },
          nameField: "title",
        },
      ),
    );
  }
  for (const meeting of meetings.removed)
    changes.push(change("meeting-removed", "meetings", meeting.id, `Meeting ${quoted(meeting.title)} removed.`, { before: meeting.title }));
  return changes;
}

// --- roles, routes, side actions ------------------------------------------------------------------

function diffRoles(older: Policy, newer: Policy): PolicyChange[] {
  const roles = matchById(older.roles, newer.roles, (r) => r.id);
  // Title and abbreviation together: both are how the site names the role.
  const name = (r: (typeof older.roles)[number]) => (r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title);
  const changes: PolicyChange[] = [];
  for (const { before, after } of roles.inNewerOrder) {
    if (!before) changes.push(change("role-added", "roles", after.id, `Role ${quoted(name(after))} added.`, { after: name(after) }));
    else if (name(before) !== name(after)) {
      changes.push(
        change("role-renamed", "roles", after.id, `Role ${quoted(name(before))} renamed ${quoted(name(after))}.`, {
          before: name(before),
          after: name(after),
        }),
      );
    }
    if (before) {
      changes.push(
        ...diffFields(
          before,
          after,
          roleFieldWords,
          (what, values) => change("role-changed", "roles", after.id, what(`Role ${quoted(name(after))}`), values),
          {
            policies: [older, newer],
            describe: { alsoCalled: textList, includes: roleList("and") },
          },
        ),
      );
    }
  }
  for (const role of roles.removed)
    changes.push(change("role-removed", "roles", role.id, `Role ${quoted(name(role))} removed.`, { before: name(role) }));
  return changes;
}

type Role = Policy["roles"][number];
const roleFieldWords: FieldWords<Role> = {
  kind: "kind",
  description: "description",
  alsoCalled: "other names",
  includes: "who it includes",
  email: "email address",
};

const routeFieldWords: FieldWords<Route> = {
  kind: "kind",
  title: "title",
  when: "when it may be used",
  condition: "condition",
  trackId: "track",
  raisedBy: "who may use it",
  to: "who it goes to",
  toStage: "the stage it goes to",
  decidedBy: "who decides",
  inConjunctionWith: "who it is done with",
  record: "what to record",
  steps: "steps",
  force: "how binding it is",
  doubts: "doubts about it",
};

function diffRoutes(older: Policy, newer: Policy): PolicyChange[] {
  const routes = matchById(older.routes, newer.routes, (r) => r.id);
  const kindWords = { emergency: "Emergency route", bypass: "Bypass route" } as const;
  return [
    ...routes.added.map((r) => change("route-added", "routes", r.id, `${kindWords[r.kind]} ${quoted(r.title)} added.`, { after: r.title })),
    ...routes.kept.flatMap(({ before, after }) =>
      diffFields(
        before,
        after,
        routeFieldWords,
        (what, values) => change("route-changed", "routes", after.id, what(`${kindWords[before.kind]} ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          compareAs: { condition: (r) => conditionKey(r.condition) },
          describe: {
            kind: (value) => (value === "emergency" || value === "bypass" ? kindWords[value].toLowerCase() : undefined),
            trackId: (value, policy) => (value === undefined ? "any" : (policy.tracks.find((t) => t.id === value)?.title ?? String(value))),
            raisedBy: roleList("or"),
            to: roleList("or"),
            toStage: stageRef,
            decidedBy: roleList("or"),
            inConjunctionWith: roleList("and"),
            record: textList,
            steps: textList,
            force: forceWords,
            doubts: doubtList,
          },
          nameField: "title",
        },
      ),
    ),
    ...routes.removed.map((r) =>
      change("route-removed", "routes", r.id, `${kindWords[r.kind]} ${quoted(r.title)} removed.`, { before: r.title }),
    ),
  ];
}

const sideActionFieldWords: FieldWords<SideAction> = {
  kind: "kind",
  title: "title",
  description: "description",
  force: "its force",
  at: "the stages it is done at",
  when: "when it applies",
  by: "who does it",
  to: "who is told",
  inConjunctionWith: "who it is done with",
  method: "how it is done",
  address: "address",
  timescale: "timescale",
  record: "what to record",
  doubts: "doubts about it",
};

function diffSideActions(older: Policy, newer: Policy): PolicyChange[] {
  const actions = matchById(older.sideActions, newer.sideActions, (a) => a.id);
  return [
    ...actions.added.map((a) =>
      change("side-action-added", "sideActions", a.id, `Side action ${quoted(a.title)} added.`, { after: a.title }),
    ),
    ...actions.kept.flatMap(({ before, after }) =>
      diffFields(
        before,
        after,
        sideActionFieldWords,
        (what, values) => change("side-action-changed", "sideActions", after.id, what(`Side action ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          compareAs: {
            // Which stages is a set; a timescale is compared as stage timescales are, without its quoted wording.
            at: (a) => (a.at === "any" ? "any" : [...a.at].sort()),
            when: (a) => conditionKey(a.when),
            timescale: (a) => (a.timescale ? timescaleKey(a.timescale) : null),
          },
          describe: {
            force: (value) => (typeof value === "string" ? `${value} be done` : undefined),
            at: (value, policy) =>
              value === "any"
                ? "any stage"
                : Array.isArray(value)
                  ? joinWords(
                      value.map((id: string) => stageName(policy, id)),
                      "and",
                    )
                  : undefined,
            by: roleList("or"),
            to: roleList("and"),
            inConjunctionWith: roleList("and"),
            timescale: (value, policy) => (value === undefined ? "none" : describeTimescale(policy, value as Timescale)),
            record: textList,
            doubts: doubtList,
          },
          nameField: "title",
        },
      ),
    ),
    ...actions.removed.map((a) =>
      change("side-action-removed", "sideActions", a.id, `Side action ${quoted(a.title)} removed.`, { before: a.title }),
    ),
  ];
}

// --- categories, principles -----------------------------------------------------------------------

function diffCategories(older: Policy, newer: Policy): PolicyChange[] {
  // Matched within their list: a category moved to another list (another raiser) is
  // removed from one list and added to the other, which is what changed for a reader.
  const flatten = (policy: Policy) =>
    statedList(policy.categoryLists).flatMap((list) => list.categories.map((category) => ({ list, category })));
  const categories = matchById(flatten(older), flatten(newer), ({ list, category }) => `${list.id}/${category.id}`);
  const lists = matchById(statedList(older.categoryLists), statedList(newer.categoryLists), (list) => list.id);
  return [
    ...lists.kept.flatMap(({ before, after }) =>
      diffFields(
        before,
        after,
        categoryListFieldWords,
        (what, values) => change("category-list-changed", "categories", after.id, what(`Category list ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          describe: { raisedBy: roleList("or"), exhaustive: yesNo("the full list", "examples only"), doubts: doubtList },
          nameField: "title",
        },
      ),
    ),
    ...categories.added.map(({ list, category }) =>
      change("category-added", "categories", category.id, `Category ${quoted(category.title)} added to ${quoted(list.title)}.`, {
        after: category.title,
      }),
    ),
    ...categories.kept.flatMap(({ before, after }) =>
      diffFields(
        before.category,
        after.category,
        { title: "title", examples: "examples" },
        (what, values) =>
          change(
            "category-changed",
            "categories",
            after.category.id,
            what(`Category ${quoted(before.category.title)} in ${quoted(after.list.title)}`),
            values,
          ),
        { policies: [older, newer], describe: { examples: textList }, nameField: "title" },
      ),
    ),
    ...categories.removed.map(({ list, category }) =>
      change("category-removed", "categories", category.id, `Category ${quoted(category.title)} removed from ${quoted(list.title)}.`, {
        before: category.title,
      }),
    ),
  ];
}

const categoryListFieldWords: FieldWords<CategoryList> = {
  title: "title",
  raisedBy: "who it is for",
  exhaustive: "whether it is the full list",
  doubts: "doubts about it",
};

const principleFieldWords: FieldWords<Principle> = {
  title: "title",
  text: "wording",
  force: "its force",
  group: "group",
  doubts: "doubts about it",
};

function diffPrinciples(older: Policy, newer: Policy): PolicyChange[] {
  const principles = matchById(statedList(older.principles), statedList(newer.principles), (p) => p.id);
  const name = (p: { title?: string; text: string }) => p.title ?? p.text;
  return [
    ...principles.added.map((p) =>
      change("principle-added", "principles", p.id, `Principle added: ${quoted(shorten(name(p)))}.`, { after: name(p) }),
    ),
    ...principles.kept.flatMap(({ before, after }) =>
      diffFields(
        before,
        after,
        principleFieldWords,
        (what, values) =>
          change("principle-changed", "principles", after.id, what(`Principle ${quoted(shorten(name(before), 80))}`), values),
        // Named by its title when it has one, else by its text, which then "now reads" the new text.
        {
          policies: [older, newer],
          ...(before.title !== undefined ? { nameField: "title" } : { nameField: "text", renamed: "now reads" }),
        },
      ),
    ),
    ...principles.removed.map((p) =>
      change("principle-removed", "principles", p.id, `Principle removed: ${quoted(shorten(name(p)))}.`, { before: name(p) }),
    ),
  ];
}

// --- contacts ----------------------------------------------------------------------------------

type Contact = Policy["contacts"][number];

/**
 * A contact has no id. Its role, when it has one, is the stable part (the name of a post
 * or mailbox is what tends to change); otherwise its name is all there is. Two contacts
 * with the same role or name are paired in the order they are listed.
 */
function keyContacts(contacts: readonly Contact[]): { key: string; contact: Contact }[] {
  const seen = new Map<string, number>();
  return contacts.map((contact) => {
    const base = contact.roleId !== undefined ? `role:${contact.roleId}` : `who:${contact.who}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, contact };
  });
}

const contactId = (c: Contact) => c.roleId ?? c.who;
const describeContact = (c: Contact) => [c.who, c.email, c.phone].filter((part) => part !== undefined).join(", ");

function diffContacts(older: Policy, newer: Policy): PolicyChange[] {
  const contacts = matchById(keyContacts(older.contacts), keyContacts(newer.contacts), (c) => c.key);
  const changes: PolicyChange[] = [];
  for (const { before, after } of contacts.inNewerOrder) {
    const c = after.contact;
    if (!before) {
      changes.push(change("contact-added", "contacts", contactId(c), `Contact ${quoted(c.who)} added.`, { after: describeContact(c) }));
      continue;
    }
    const parts = (["who", "email", "phone"] as const).flatMap((field) => {
      const [was, now] = [before.contact[field], c[field]];
      if (was === now) return [];
      // `who` is required, so a contact is only ever renamed, never loses its name.
      if (field === "who") return [`renamed ${quoted(now!)}`];
      if (was === undefined) return [`${field} ${now} added`];
      if (now === undefined) return [`${field} ${was} removed`];
      return [`${field} changed from ${was} to ${now}`];
    });
    if (parts.length > 0) {
      changes.push(
        change("contact-changed", "contacts", contactId(c), `Contact ${quoted(before.contact.who)}: ${joinWords(parts, "and")}.`, {
          before: describeContact(before.contact),
          after: describeContact(c),
        }),
      );
    }
  }
  for (const { contact } of contacts.removed) {
    changes.push(
      change("contact-removed", "contacts", contactId(contact), `Contact ${quoted(contact.who)} removed.`, {
        before: describeContact(contact),
      }),
    );
  }
  return changes;
}
