/**
 * One way into a procedure, in words every output uses: what kind of concern it is for,
 * the stage it starts at and its clock. The protocol page, the briefing, the chart's text
 * twin, the form and the diff all say it with these, so they never drift apart.
 */
import { isStated, type EntryPoint, type Policy } from "../compiler/policy-model.ts";
import { asSentence, describeAbsence, describeStageTimescales, describeTimescale, findStage, stageHeading } from "./describe-policy.ts";

export interface EntryPointWords {
  readonly title: string;
  /** "When it is used: a serious issue." or that the policy does not say. */
  readonly when: string;
  /** "Starts at Stage 1: Case Alert (Case Alert procedure)." */
  readonly start: string;
  /** Its clock: its own timescales, or the first stage's, said as such. */
  readonly clock: string;
}

export function describeEntryPoint(policy: Policy, entry: EntryPoint): EntryPointWords {
  const found = findStage(policy, entry.stageId);
  const stage = found ? stageHeading(found.stage) : entry.stageId;
  const track = found && policy.tracks.length > 1 ? ` in the ${found.track.title} procedure` : "";
  const when = `When it is used: ${isStated(entry.when) ? asSentence(entry.when) : `${describeAbsence(entry.when.absent)}.`}`;
  const stageClock = found ? describeStageTimescales(policy, found.stage) : [];
  const clock =
    entry.timescales === undefined
      ? stageClock.length > 0
        ? `How fast: ${stageClock.join("; ")} (the timescales of ${stage}).`
        : ""
      : isStated(entry.timescales)
        ? entry.timescales.length > 0
          ? `How fast: ${entry.timescales.map((t) => describeTimescale(policy, t)).join("; ")}.`
          : ""
        : `How fast: ${describeAbsence(entry.timescales.absent)}.`;
  return { title: entry.title, when, start: `Starts at ${stage}${track}.`, clock };
}

/** The form's choice for one way in: its name and the concern it is for, on one line. */
export function describeEntryPointOption(entry: EntryPoint): string {
  return isStated(entry.when) ? `${entry.title}: ${entry.when.replace(/\.$/, "")}` : entry.title;
}
