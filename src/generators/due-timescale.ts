/**
 * Which of a stage's timescales its record is dated by, shared by the form's schema (does
 * it need to ask how "days" count?) and its runtime (the date itself).
 */
import { isStated, type Stage, type Timescale } from "../compiler/policy-model.ts";

/** The timescales a stage record is dated by, in order of preference, with what the date means. */
const datedPurposes = [
  ["response", "Reply due by"],
  ["completion", "Stage to be completed by"],
  ["resolution", "To be resolved by"],
] as const;

/**
 * The timescale a stage record's due date is for: the reply, or where the policy gives no
 * reply time, the time to complete or resolve the stage, each said as such. Another
 * party's limit (the chair's own time to escalate, a time to notify someone) is never
 * shown as the stage's due date.
 */
export function dueTimescale(stage: Stage): { timescale: Timescale; label: string } | undefined {
  if (!isStated(stage.timescales)) return undefined;
  for (const [purpose, label] of datedPurposes) {
    const timescale = stage.timescales.find((t) => t.for === purpose);
    if (timescale) return { timescale, label };
  }
  return undefined;
}
