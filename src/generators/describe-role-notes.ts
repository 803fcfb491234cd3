/**
 * What the protocol page says about a role beside its name: the source's description,
 * other names it goes by, its email, and who stands in for it. Empty when the source
 * says none of these.
 */
import type { Policy, Role } from "../compiler/policy-model.ts";
import { describeRoleCover } from "./describe-agency-recipients.ts";
import { joinWords } from "./describe-policy.ts";

export function describeRoleNotes(policy: Policy, role: Role): string {
  return [
    role.description,
    role.alsoCalled.length > 0 ? `Also called ${joinWords(role.alsoCalled)}.` : "",
    role.email ? `Email: ${role.email}` : "",
    ...describeRoleCover(policy, role),
  ]
    .filter(Boolean)
    .join(" ");
}
