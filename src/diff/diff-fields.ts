/** The diff engine: pairing things by id and comparing a kept thing field by field, with the values worded where they can be. */
import { isStated, type Absent, type Policy, type Stated } from "../compiler/policy-model.ts";
import { describeAbsence, joinWords, notSeenText, notStatedText } from "../generators/describe-policy.ts";
import { type PolicyChange } from "./policy-change.ts";
import { describeFieldChange, quoted, shorten } from "./describe-changes.ts";

/**
 * A value as a comparable string: object keys sorted (YAML maps have no order that
 * means anything) and undefined properties dropped, so that only what the author
 * changed makes two values differ.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableKey(a) === stableKey(b);
}

export function stableKey(value: unknown): string {
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
export type FieldWords<T> = Partial<Record<keyof T & string, string>>;

/** Words the summary sentence about a thing, given how the thing is named: `Stage 2 (Line managers)`. */
export type Sentence = (subject: string, joiner?: string) => string;

/**
 * Words a field's value for `before` and `after` (role ids as role names, a stage id as
 * the stage's heading), with the revision the value comes from; undefined when the value
 * has no short wording (a condition, a list of methods).
 */
export type Describe = (value: unknown, policy: Policy) => string | undefined;

/**
 * The fields of `before` and `after` that differ, among those named in `words`, and a
 * change for them when there are any. Fields left out of `words` are reported by a
 * kind of their own (a stage's recipients, a role's title) or are not the author's to
 * change (a stage's position, worked out from the order). When exactly one field changed
 * and its values can be worded, they become `before` and `after` and, when short, are
 * quoted in the summary. When the only change is to `nameField`, the field the thing is
 * named by, the sentence says it was renamed (or the `renamed` words instead).
 */
export function diffFields<T extends object>(
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
  const absent = (text: string) => text === notStatedText || text === notSeenText;
  const what = describeFieldChange(named, was, now, { was: absent(was), now: absent(now) });
  return [make((subject, joiner = ": ") => `${subject}${joiner}${what}.`, values)];
}

// Describers shared by the sections below.
/**
 * Pairs the items of two lists by key: `kept` in the newer order, `removed` in the older.
 * Keys are unique within a policy (the semantic checks make sure), except contacts, whose
 * keys are made unique by the caller.
 */
export function matchById<T>(olderItems: readonly T[], newerItems: readonly T[], key: (item: T) => string) {
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
export const statedList = <T>(value: Stated<readonly T[]>): readonly T[] => (isStated(value) ? value : []);

/** What a section does with each thing added, kept in both revisions, and removed. */
export interface ListDiffer<T> {
  readonly added: (item: T) => PolicyChange[];
  readonly kept: (before: T, after: T) => PolicyChange[];
  readonly removed: (item: T) => PolicyChange[];
}

/**
 * The two orders the sections report in, so none repeats the loop: `additions-first`
 * lists every addition, then the changes to kept things, then removals; `newer-order`
 * goes through the newer revision's things in order (an addition where it now stands),
 * then removals. Either way removals come last, in the older revision's order.
 */
export function diffList<T>(
  olderItems: readonly T[],
  newerItems: readonly T[],
  key: (item: T) => string,
  order: "additions-first" | "newer-order",
  differ: ListDiffer<T>,
): PolicyChange[] {
  const matched = matchById(olderItems, newerItems, key);
  const middle =
    order === "additions-first"
      ? [...matched.added.flatMap(differ.added), ...matched.kept.flatMap(({ before, after }) => differ.kept(before, after))]
      : matched.inNewerOrder.flatMap(({ before, after }) => (before === undefined ? differ.added(after) : differ.kept(before, after)));
  return [...middle, ...matched.removed.flatMap(differ.removed)];
}
