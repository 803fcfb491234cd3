/** Changes to routes that skip stages. */
import { type Policy, type Route } from "../compiler/policy-model.ts";
import { conditionKey } from "./comparison-keys.ts";
import {
  conditionWords,
  describeAdded,
  describeRemoved,
  doubtList,
  forceWords,
  quoted,
  roleList,
  routeTimescalesWords,
  stageRef,
  textList,
} from "./describe-changes.ts";
import { type FieldWords, diffFields, diffList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export const routeFieldWords: FieldWords<Route> = {
  kind: "kind",
  title: "title",
  when: "when it may be used",
  condition: "condition",
  trackId: "track",
  raisedBy: "who may use it",
  to: "who it goes to",
  toStage: "the stage it goes to",
  decidedBy: "who decides",
  consultFirst: "whom to consult first",
  inConjunctionWith: "who it is done with",
  record: "what to record",
  steps: "steps",
  timescales: "how fast",
  force: "how binding it is",
  doubts: "doubts about it",
};

export function diffRoutes(older: Policy, newer: Policy): PolicyChange[] {
  const kindWords = { emergency: "Emergency route", bypass: "Bypass route" } as const;
  return diffList(older.routes, newer.routes, (r) => r.id, "additions-first", {
    added: (r) => [change("route-added", "routes", r.id, describeAdded(kindWords[r.kind], r.title), { after: r.title })],
    kept: (before, after) =>
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
            consultFirst: roleList("or"),
            inConjunctionWith: roleList("and"),
            record: textList,
            steps: textList,
            timescales: routeTimescalesWords,
            condition: conditionWords,
            force: forceWords,
            doubts: doubtList,
          },
          nameField: "title",
        },
      ),
    removed: (r) => [change("route-removed", "routes", r.id, describeRemoved(kindWords[r.kind], r.title), { before: r.title })],
  });
}
