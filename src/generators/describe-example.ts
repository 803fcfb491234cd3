/**
 * A policy's worked examples in words, for the protocol page: the record as given, and
 * what the form shows for it. `npm run check` has run each (src/examples/), so what the
 * page says is what the form does.
 */
import { formatLongDate } from "../dates/format-long-date.ts";
import { stagesOf, type Policy, type PolicyExample } from "../compiler/policy-model.ts";
import { joinWords, roleLabel, sentenceCase } from "./describe-policy.ts";
import { childStatusOptions } from "./generate-form-schema.ts";
import { subjectWords } from "./describe-subject.ts";

const nations: Record<NonNullable<PolicyExample["bankHolidays"]>, string> = {
  england: "England's",
  wales: "Wales'",
  scotland: "Scotland's",
  "northern-ireland": "Northern Ireland's",
};

const outcomeWords: Record<NonNullable<PolicyExample["outcome"]>, string> = {
  resolved: "resolved",
  "not-resolved": "not resolved",
  "no-reply": "no reply",
};

export interface ExampleWords {
  readonly title: string;
  /** The record as given, a label and a value each: ["Stage", "Stage 1"], ["Raised on", "Friday, 19 December 2025"]. */
  readonly given: readonly (readonly [string, string])[];
  /** What the form shows, one sentence each. */
  readonly expected: readonly string[];
}

export function describeExample(policy: Policy, example: PolicyExample): ExampleWords {
  const stage = example.stageId ? policy.tracks.flatMap(stagesOf).find((s) => s.id === example.stageId) : undefined;
  const sideAction = (id: string) => policy.sideActions.find((a) => a.id === id)?.title ?? id;
  const subject = subjectWords(policy).the;
  const statuses = example.childStatus.map((s) => childStatusOptions.find((o) => o.const === s)?.title.toLowerCase() ?? s);
  const given: [string, string][] = [
    ...(stage ? [["Stage", stage.name] as [string, string]] : []),
    ["Raised on", `${formatLongDate(example.raised)}${example.timeRaised ? ` at ${example.timeRaised}` : ""}`],
    ...(example.raisedBy ? [["Raised by", roleLabel(policy, example.raisedBy, "long")] as [string, string]] : []),
    ...(example.outcome ? [["Outcome recorded", outcomeWords[example.outcome]] as [string, string]] : []),
    ...(statuses.length > 0 ? [[sentenceCase(subject), joinWords(statuses, "and")] as [string, string]] : []),
    ...(example.imminentHarm !== undefined ? [["Imminent significant harm", example.imminentHarm ? "yes" : "no"] as [string, string]] : []),
    ...(example.bankHolidays ? [["Bank holidays", `${nations[example.bankHolidays]}, as chosen on the form`] as [string, string]] : []),
    ...(example.daysCount ? [["Days counted as", `${example.daysCount} days`] as [string, string]] : []),
  ];
  const { expect } = example;
  const expected = [
    ...(expect.dueBy === undefined
      ? []
      : [
          expect.dueBy === "none"
            ? "The form gives no respond-by date."
            : `Respond by ${formatLongDate(expect.dueBy)}${expect.dueTime ? ` at ${expect.dueTime}` : ""}.`,
        ]),
    ...(expect.shows.length > 0 ? [`The form shows: ${joinWords(expect.shows.map(sideAction), "and")}.`] : []),
    ...(expect.hides.length > 0 ? [`The form does not show: ${joinWords(expect.hides.map(sideAction), "or")}.`] : []),
    ...(expect.emergencyStop === undefined
      ? []
      : [expect.emergencyStop ? "The form stops and points to the emergency route." : "The form does not stop for the emergency route."]),
  ];
  return { title: example.title, given, expected };
}
