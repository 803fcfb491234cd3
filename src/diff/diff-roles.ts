/** Changes to roles. */
import { type Policy } from "../compiler/policy-model.ts";
import { describeAdded, describeRemoved, describeRenamed, quoted, roleList, textList } from "./describe-changes.ts";
import { type FieldWords, diffFields, diffList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export function diffRoles(older: Policy, newer: Policy): PolicyChange[] {
  // Title and abbreviation together: both are how the site names the role.
  const name = (r: (typeof older.roles)[number]) => (r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title);
  return diffList(older.roles, newer.roles, (r) => r.id, "newer-order", {
    added: (role) => [change("role-added", "roles", role.id, describeAdded("Role", name(role)), { after: name(role) })],
    kept: (before, after) => [
      ...(name(before) !== name(after)
        ? [
            change("role-renamed", "roles", after.id, describeRenamed("Role", name(before), name(after)), {
              before: name(before),
              after: name(after),
            }),
          ]
        : []),
      ...diffFields(
        before,
        after,
        roleFieldWords,
        (what, values) => change("role-changed", "roles", after.id, what(`Role ${quoted(name(after))}`), values),
        { policies: [older, newer], describe: { alsoCalled: textList, includes: roleList("and"), coveredBy: roleList("or") } },
      ),
    ],
    removed: (role) => [change("role-removed", "roles", role.id, describeRemoved("Role", name(role)), { before: name(role) })],
  });
}

export type Role = Policy["roles"][number];
export const roleFieldWords: FieldWords<Role> = {
  kind: "kind",
  description: "description",
  alsoCalled: "other names",
  includes: "who it includes",
  email: "email address",
  foundIn: "where to find who holds it",
  coveredBy: "who stands in when the post holder is away",
};
