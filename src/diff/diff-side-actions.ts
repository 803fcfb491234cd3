/** Changes to side actions. */
import { type Policy, type SideAction, type Timescale } from "../compiler/policy-model.ts";
import { describeTimescale, joinWords } from "../generators/describe-policy.ts";
import { conditionKey, timescaleKey } from "./comparison-keys.ts";
import {
  conditionWords,
  describeAdded,
  describeRemoved,
  doubtList,
  eventWords,
  quoted,
  roleList,
  stageName,
  textList,
} from "./describe-changes.ts";
import { type FieldWords, diffFields, diffList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export const sideActionFieldWords: FieldWords<SideAction> = {
  kind: "kind",
  title: "title",
  description: "description",
  force: "its force",
  at: "the stages it is done at",
  on: "the event it is done on",
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

export function diffSideActions(older: Policy, newer: Policy): PolicyChange[] {
  return diffList(older.sideActions, newer.sideActions, (a) => a.id, "additions-first", {
    added: (a) => [change("side-action-added", "sideActions", a.id, describeAdded("Side action", a.title), { after: a.title })],
    kept: (before, after) =>
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
            on: eventWords,
            when: conditionWords,
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
    removed: (a) => [change("side-action-removed", "sideActions", a.id, describeRemoved("Side action", a.title), { before: a.title })],
  });
}
