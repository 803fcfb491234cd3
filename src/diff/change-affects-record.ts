import type { PolicyChange } from "./policy-change.ts";

/**
 * Whether a change can affect a form record saved under the other revision: the stages,
 * timescales, people, routes, actions and categories the form is built from, the nation
 * (bank holidays) and the child statuses it asks about. A reworded principle or a new
 * contact does not, and listing it to someone opening a draft would bury what does.
 */
export function changeAffectsRecord(change: PolicyChange): boolean {
  if (change.area === "policy") return change.kind === "jurisdiction-changed" || change.id === "childStatuses";
  return !["principles", "contacts", "meetings"].includes(change.area);
}
