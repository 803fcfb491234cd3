/**
 * What a stage must produce (an acknowledgement, an action plan, a form in parts, a letter
 * a manager endorses), in the words every output uses: the protocol page, the briefing's
 * "what to record", the chart and its text twin, the form and the diff.
 */
import { isStated, type Policy, type Stage, type StageOutput, type Stated, type Timescale } from "../compiler/policy-model.ts";
import { asSentence, describeAbsence, describeDeadline, describeForce, describeRoles, sentenceCase } from "./describe-policy.ts";

const kindWords: Record<StageOutput["kind"], string> = {
  acknowledgement: "an acknowledgement",
  "action-plan": "an action plan",
  form: "a form",
  letter: "a letter",
  report: "a report",
  other: "a document",
};

const who = (policy: Policy, refs: Stated<readonly string[]> | undefined, conjunction = "or") =>
  refs === undefined ? undefined : isStated(refs) ? describeRoles(policy, refs, "long", conjunction) : describeAbsence(refs.absent);

// The output is the subject ("Action plan … Within 10 working days …"): the stage's own
// wording ("to complete the stage within …") would read as the stage's clock.
const clock = (policy: Policy, list: readonly Timescale[]) => list.map((t) => describeDeadline(policy, t)).join("; ");

/** One output, whole: what it is, who makes it and for whom, its clock, its parts, who endorses it, whether it closes the escalation. */
export function describeStageOutput(policy: Policy, output: StageOutput): string {
  const made = who(policy, output.by);
  const sent = who(policy, output.to, "and");
  const parts = output.parts.map((p) => {
    const by = who(policy, p.by) ?? "";
    const to = who(policy, p.to, "and");
    const fast = p.timescales.length > 0 ? `, ${clock(policy, p.timescales)}` : "";
    return `${p.title}, completed by ${by}${to ? ` and returned to ${to}` : ""}${fast}`;
  });
  const endorsed = who(policy, output.endorsedBy, "and");
  return [
    asSentence(
      `${output.title} (${kindWords[output.kind]}${isStated(output.force) ? `, ${describeForce(output.force)}` : ""})${made ? `, made by ${made}` : ""}${sent ? `, sent to ${sent}` : ""}`,
    ),
    output.timescales.length > 0 ? asSentence(sentenceCase(clock(policy, output.timescales))) : "",
    parts.length > 0 ? asSentence(`In ${parts.length} parts: ${parts.join("; ")}`) : "",
    endorsed ? `It must be endorsed by ${endorsed} before it is sent.` : "",
    output.closes ? "Completing it closes the escalation." : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** "Produces: Stage 1 form (in 2 parts)", for the chart box; undefined when the stage lists nothing. */
export function describeStageOutputsBrief(stage: Stage): string | undefined {
  if (stage.outputs.length === 0) return undefined;
  return `Produces: ${stage.outputs.map((o) => `${o.title}${o.parts.length > 0 ? ` (in ${o.parts.length} parts)` : ""}${o.closes ? " (closes it)" : ""}`).join("; ")}`;
}

/** The form's title for the place it keeps one output: "Stage 1: Stage 1 form". */
export function stageOutputFormTitle(stage: Stage, output: StageOutput): string {
  return output.title.toLowerCase().startsWith(stage.name.toLowerCase()) ? output.title : `${stage.name}: ${output.title}`;
}
