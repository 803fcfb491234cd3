/**
 * What changed between two revisions of one area's policy, in terms a reader of the
 * "what changed" page cares about (a stage added, a timescale shortened, a role renamed)
 * rather than as a text diff of the YAML, which would show reworded comments and moved
 * lines as changes and hide what they mean.
 *
 * Things are matched by their ids, never by position or wording: an id is the author's
 * statement that two revisions describe the same stage, role or route.
 */
import { type Policy } from "../compiler/policy-model.ts";
import { type PolicyChange } from "./policy-change.ts";
import { diffCategories } from "./diff-categories.ts";
import { diffContacts } from "./diff-contacts.ts";
import { diffMeetings } from "./diff-meetings.ts";
import { diffPolicyFields, diffSections } from "./diff-policy-sections.ts";
import { diffPrinciples } from "./diff-principles.ts";
import { diffRoles } from "./diff-roles.ts";
import { diffEntryPoints } from "./diff-entry-points.ts";
import { diffRoutes } from "./diff-routes.ts";
import { diffSideActions } from "./diff-side-actions.ts";
import { diffTracks } from "./diff-tracks.ts";

export { policyChangeKinds, type PolicyChange, type PolicyChangeArea, type PolicyChangeKind } from "./policy-change.ts";

/**
 * Lists the changes from `older` to `newer`. Both must be revisions of one area; nothing
 * checks that, so comparing two areas is possible (a comparison page may want it).
 *
 * The order is stable so that the published JSON and the golden files only change when
 * the policies do: sections in a fixed order (the policy itself, tracks with their
 * stages, roles, ways in, routes, side actions, categories, principles, contacts); within a
 * section, things in the newer revision's order with each thing's changes together,
 * then what was removed, in the older revision's order.
 */
export function diffPolicies(older: Policy, newer: Policy): PolicyChange[] {
  return [
    ...diffPolicyFields(older, newer),
    ...diffSections(older, newer),
    ...diffTracks(older, newer),
    ...diffMeetings(older, newer),
    ...diffRoles(older, newer),
    ...diffEntryPoints(older, newer),
    ...diffRoutes(older, newer),
    ...diffSideActions(older, newer),
    ...diffCategories(older, newer),
    ...diffPrinciples(older, newer),
    ...diffContacts(older, newer),
  ];
}
