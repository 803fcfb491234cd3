/**
 * Whether one of the policy's side actions (refer to Cafcass, inform the board chair,
 * notify the IRO) applies to the record as filled in so far. The form shows an action's
 * questions only where the policy puts it: at its stages and under its conditions.
 */
export interface SideActionRule {
  /** "any" stage, or the stage ids where the policy puts the action. */
  readonly at: "any" | readonly string[];
  readonly childStatus?: readonly string[];
  readonly raisedBy?: readonly string[];
  readonly notResolved?: boolean;
  /** The event the policy ties the action to, if any. */
  readonly on?: "escalation-raised" | "stage-raised" | "resolved";
}

export interface RecordSoFar {
  readonly child?: { readonly status?: readonly string[] };
  readonly people?: { readonly raiser?: { readonly role?: string } };
  readonly stages?: readonly { readonly stage?: string; readonly outcome?: string }[];
}

export function sideActionApplies(rule: SideActionRule, record: RecordSoFar): boolean {
  const stages = record.stages ?? [];
  if (rule.at !== "any" && !stages.some((s) => s.stage !== undefined && rule.at.includes(s.stage))) return false;
  // An event the record has not reached yet: raised once a stage is chosen, resolved once a stage is.
  if ((rule.on === "escalation-raised" || rule.on === "stage-raised") && !stages.some((s) => s.stage !== undefined)) return false;
  if (
    rule.on === "resolved" &&
    !stages.some((s) => s.outcome === "resolved" && (rule.at === "any" || (s.stage !== undefined && rule.at.includes(s.stage))))
  )
    return false;
  if (rule.childStatus && !rule.childStatus.some((s) => record.child?.status?.includes(s))) return false;
  // A raiser not chosen yet might be the one the policy names: show rather than hide.
  const role = record.people?.raiser?.role;
  if (rule.raisedBy && role !== undefined && !rule.raisedBy.includes(role)) return false;
  if (
    rule.notResolved === true &&
    !stages.some((s) => s.outcome === "not-resolved" || s.outcome === "no-reply" || s.outcome === "escalated")
  )
    return false;
  // `notResolved: false`: once resolved (a policy can ask for a notice when an escalation closes).
  if (rule.notResolved === false && !stages.some((s) => s.outcome === "resolved")) return false;
  return true;
}
