/** Changes to the ways into the procedure (entry points chosen by the kind of concern). */
import type { EntryPoint, Policy, Timescale } from "../compiler/policy-model.ts";
import { describeTimescaleBrief } from "../generators/describe-policy.ts";
import { describeAdded, describeRemoved, doubtList, quoted, stageRef } from "./describe-changes.ts";
import { type Describe, type FieldWords, diffFields, diffList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export const entryPointFieldWords: FieldWords<EntryPoint> = {
  title: "name",
  when: "the concern it is for",
  stageId: "the stage it starts at",
  timescales: "how fast",
  doubts: "doubts about it",
};

/** With no clock of its own a way in runs on its first stage's timescales. */
const clockWords: Describe = (value, policy) =>
  value === undefined
    ? "those of the stage it starts at"
    : Array.isArray(value)
      ? (value as Timescale[]).map((t) => describeTimescaleBrief(policy, t)).join("; ") || "none"
      : undefined;

export function diffEntryPoints(older: Policy, newer: Policy): PolicyChange[] {
  return diffList(older.entryPoints, newer.entryPoints, (e) => e.id, "additions-first", {
    added: (e) => [change("entry-point-added", "entryPoints", e.id, describeAdded("Way in", e.title), { after: e.title })],
    kept: (before, after) =>
      diffFields(
        before,
        after,
        entryPointFieldWords,
        (what, values) => change("entry-point-changed", "entryPoints", after.id, what(`Way in ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          describe: { stageId: stageRef, timescales: clockWords, doubts: doubtList },
          nameField: "title",
        },
      ),
    removed: (e) => [change("entry-point-removed", "entryPoints", e.id, describeRemoved("Way in", e.title), { before: e.title })],
  });
}
