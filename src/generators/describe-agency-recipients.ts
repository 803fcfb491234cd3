/**
 * Recipients that depend on the agency, in the words every output uses: whom each agency
 * raises it with at a stage (with what the source says about that agency there only), who
 * stands in for a post holder who is away, and where to look up a post the source gives
 * no name for.
 */
import { isStated, type AgencyRecipient, type Policy, type Role, type Stage } from "../compiler/policy-model.ts";
import { asSentence, describeAbsence, describeRoles } from "./describe-policy.ts";

/** "Police: detective inspector", one line per agency, with the agency's note when it has one. */
export function describeByAgency(policy: Policy, byAgency: readonly AgencyRecipient[], form: "short" | "long" = "long"): string[] {
  return byAgency.map(
    (a) => `${a.agency}: ${describeRoles(policy, a.to, form)}${a.note && form === "long" ? ` (${a.note.replace(/\.$/, "")})` : ""}`,
  );
}

/** "Raised with, in each agency: Police: detective sergeant; …", for the text twin and the form; undefined when the stage names no post per agency. */
export function describeByAgencyLine(policy: Policy, stage: Stage): string | undefined {
  return stage.byAgency.length > 0
    ? asSentence(`Raised with, in each agency: ${describeByAgency(policy, stage.byAgency).join("; ")}`)
    : undefined;
}

/** Whom the given agency raises it with at the stage, or undefined when the stage names none for it. */
export function describeAgencyRecipient(policy: Policy, stage: Stage, agency: string): string | undefined {
  const entry = stage.byAgency.find((a) => a.agency === agency);
  if (!entry) return undefined;
  const whom = isStated(entry.to)
    ? `raise it with ${describeRoles(policy, entry.to)}`
    : `whom to raise it with is ${describeAbsence(entry.to.absent)}`;
  return `${entry.agency}: ${whom}.${entry.note ? ` ${entry.note}` : ""}`;
}

/** Every agency any stage names a recipient for, in the order the stages name them. */
export function agenciesNamed(policy: Policy, stages: readonly Stage[]): string[] {
  return [...new Set(stages.flatMap((s) => s.byAgency.map((a) => a.agency)))];
}

/** Who stands in for a post and where to find who holds it, as sentences; empty when the policy says neither. */
export function describeRoleCover(policy: Policy, role: Role): string[] {
  return [
    ...(role.coveredBy.length > 0 ? [`When the post holder is away: ${describeRoles(policy, role.coveredBy)}.`] : []),
    ...(role.foundIn ? [`Who holds it: see ${role.foundIn.replace(/\.$/, "")}.`] : []),
  ];
}
