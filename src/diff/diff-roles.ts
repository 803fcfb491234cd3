/** Changes to roles. */
import { type Policy } from "../compiler/policy-model.ts";
import { describeAdded, describeRemoved, describeRenamed, quoted, roleList, textList } from "./describe-changes.ts";
import { type FieldWords, matchById, diffFields } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export function diffRoles(older: Policy, newer: Policy): PolicyChange[] {
  const roles = matchById(older.roles, newer.roles, (r) => r.id);
  // Title and abbreviation together: both are how the site names the role.
  const name = (r: (typeof older.roles)[number]) => (r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title);
  const changes: PolicyChange[] = [];
  for (const { before, after } of roles.inNewerOrder) {
    if (!before) changes.push(change("role-added", "roles", after.id, describeAdded("Role", name(after)), { after: name(after) }));
    else if (name(before) !== name(after)) {
      changes.push(
        change("role-renamed", "roles", after.id, describeRenamed("Role", name(before), name(after)), {
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
    changes.push(change("role-removed", "roles", role.id, describeRemoved("Role", name(role)), { before: name(role) }));
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
