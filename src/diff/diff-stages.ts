/** Changes to the stages of a track kept in both revisions: added, removed, renamed, moved, recipients, timescales and the rest. */
import {
  isStated,
  stagesOf,
  type Policy,
  type RecordEntry,
  type Stage,
  type Stated,
  type Timescale,
  type Track,
  type AgencyRecipient,
  type StageOutput,
} from "../compiler/policy-model.ts";
import {
  describeLimit,
  describeRecordEntry,
  describeRepeat,
  describeTimescale,
  notStatedText,
  stageHeading,
} from "../generators/describe-policy.ts";
import { recipientKey, stageOutcomesKey, timescaleKey, timescalesKey } from "./comparison-keys.ts";
import {
  describeAdded,
  describeMoved,
  describeRecipientChange,
  describeRecipients,
  describeRemoved,
  describeRenamed,
  describeTimescaleChanged,
  describeTimescaleLength,
  describeTimescaleNoLongerStated,
  describeTimescaleNowStated,
  doubtList,
  forceWords,
  inTrack,
  roleList,
  decidedByWords,
  stageLabel,
  textList,
  yesNo,
} from "./describe-changes.ts";
import { describeByAgency } from "../generators/describe-agency-recipients.ts";
import { type FieldWords, matchById, diffFields } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export function diffStages(older: Policy, newer: Policy, olderTrack: Track, newerTrack: Track): PolicyChange[] {
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
          describeAdded("Stage", stageHeading(after), ` at position ${after.index + 1}${inTrack(newer, after)}`),
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
          describeRenamed("Stage", stageHeading(before), stageHeading(after), inTrack(newer, after)),
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
        change("stage-reordered", "stages", after.id, describeMoved(label, direction, from, to), {
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
            consultFirst: roleList("or"),
            recipients: (value) => (value === undefined ? "not said" : String(value)),
            recipientDoes: textList,
            decidedBy: decidedByWords,
            copyTo: roleList("and"),
            outputs: (value) =>
              Array.isArray(value) ? (value as StageOutput[]).map((o) => o.title).join("; ") || "nothing listed" : undefined,
            byAgency: (value, policy) =>
              Array.isArray(value) ? describeByAgency(policy, value as AgencyRecipient[]).join("; ") || "none" : undefined,
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
      change("stage-removed", "stages", stage.id, describeRemoved("Stage", stageHeading(stage), inTrack(older, stage)), {
        trackId: olderTrack.id,
        before: stageHeading(stage),
      }),
    );
  }
  return changes;
}

/** The rest of a stage; its names, position, recipients and timescales have kinds of their own. */
export const stageFieldWords: FieldWords<Stage> = {
  phaseId: "its phase",
  formality: "formality",
  raisedBy: "who raises it",
  consultFirst: "whom the raiser consults first",
  recipients: "how its recipients are taken (all, one of them, in order)",
  recipientDoes: "what the recipient does",
  decidedBy: "who judges it resolved",
  copyTo: "who is sent a copy",
  byAgency: "who it is raised with in each agency",
  with: "who takes part",
  summary: "summary",
  purpose: "purpose",
  steps: "steps",
  send: "what to send",
  methods: "how to raise it",
  record: "what to record",
  outputs: "what it produces",
  outcomes: "outcomes",
  force: "how binding it is",
  mayInvolve: "who may be involved",
  replyExpected: "whether a reply is expected",
  repeat: "whether it repeats up the line",
  doubts: "doubts about it",
};

/**
 * Which of the stages kept in both revisions moved, given each one's older position in
 * the newer order. The stages on a longest increasing run kept their relative order; the
 * rest moved. This reports the fewest moves: moving one stage up three places is one
 * change, not three stages each shifted down by one. Ties keep the stage that comes later
 * in the newer order in place, so when two stages swap, the one that moved earlier is the
 * one reported (the way an author describes it: "stage 3 now comes before stage 2").
 */
export function findMovedStages(olderPositions: readonly number[]): Set<number> {
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

export function describeTimescales(policy: Policy, value: Stated<readonly Timescale[]>): string {
  return isStated(value) && value.length > 0 ? value.map((t) => describeTimescale(policy, t)).join("; ") : notStatedText;
}

/**
 * The usual change is one timescale getting longer or shorter: the summary then says just
 * "from 5 working days to 3 working days". Anything else (who acts, from when, several
 * timescales, a timescale stated for the first time) needs the full wording to be
 * understood, so the summary gives that.
 */
export function diffTimescales(older: Policy, newer: Policy, before: Stage, after: Stage, label: string): PolicyChange {
  const [beforeText, afterText] = [describeTimescales(older, before.timescales), describeTimescales(newer, after.timescales)];
  const values = { trackId: after.trackId, before: beforeText, after: afterText };
  const [a, b] = [before.timescales, after.timescales];
  if (isStated(a) && isStated(b) && a.length === 1 && b.length === 1) {
    if (timescaleKey(a[0]!, false) === timescaleKey(b[0]!, false)) {
      return change(
        "timescale-changed",
        "timescales",
        after.id,
        describeTimescaleLength(label, describeLimit(a[0]!.limit), describeLimit(b[0]!.limit)),
        values,
      );
    }
  }
  if (!isStated(a) || a.length === 0) {
    return change("timescale-changed", "timescales", after.id, describeTimescaleNowStated(label, afterText), values);
  }
  if (!isStated(b) || b.length === 0) {
    return change("timescale-changed", "timescales", after.id, describeTimescaleNoLongerStated(label, beforeText), values);
  }
  return change("timescale-changed", "timescales", after.id, describeTimescaleChanged(label, beforeText, afterText), values);
}
