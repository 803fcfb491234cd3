/** Changes to roles. */
import { type Policy } from "../compiler/policy-model.ts";
import { roleList, textList } from "./describe-change-values.ts";
import { type FieldWords, diffFields, matchById, quoted } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export function diffRoles(older: Policy, newer: Policy): PolicyChange[] {
  const roles = matchById(older.roles, newer.roles, (r) => r.id);
  // Title and abbreviation together: both are how the site names the role.
  const name = (r: (typeof older.roles)[number]) => (r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title);
  const changes: PolicyChange[] = [];
  for (const { before, after } of roles.inNewerOrder) {
    if (!before) changes.push(change("role-added", "roles", after.id, `Role ${quoted(name(after))} added.`, { after: name(after) }));
    else if (name(before) !== name(after)) {
      changes.push(
        change("role-renamed", "roles", after.id, `Role ${quoted(name(before))} renamed ${quoted(name(after))}.`, {
          before: name(before),
          after: name(after),
        }),
      );
    }
    if (before) {
      changes.push(
        ...diffFields(
          before,
          after,
          roleFieldWords,
          (what, values) => change("role-changed", "roles", after.id, what(`Role ${quoted(name(after))}`), values),
          {
            policies: [older, newer],
            describe: { alsoCalled: textList, includes: roleList("and") },
          },
        ),
      );
    }
  }
  for (const role of roles.removed)
    changes.push(change("role-removed", "roles", role.id, `Role ${quoted(name(role))} removed.`, { before: name(role) }));
  return changes;
}

export type Role = Policy["roles"][number];
export const roleFieldWords: FieldWords<Role> = {
  kind: "kind",
  description: "description",
  alsoCalled: "other names",
  includes: "who it includes",
  email: "email address",
};
