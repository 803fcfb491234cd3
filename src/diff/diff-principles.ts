/** Changes to principles. */
import { type Policy, type Principle } from "../compiler/policy-model.ts";
import { type FieldWords, diffFields, diffList, statedList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";
import { describeTextAdded, describeTextRemoved, quoted, shorten } from "./describe-changes.ts";

export const principleFieldWords: FieldWords<Principle> = {
  title: "title",
  text: "wording",
  force: "its force",
  group: "group",
  doubts: "doubts about it",
};

export function diffPrinciples(older: Policy, newer: Policy): PolicyChange[] {
  const name = (p: { title?: string; text: string }) => p.title ?? p.text;
  return diffList(statedList(older.principles), statedList(newer.principles), (p) => p.id, "additions-first", {
    added: (p) => [change("principle-added", "principles", p.id, describeTextAdded("Principle", name(p)), { after: name(p) })],
    kept: (before, after) =>
      diffFields(
        before,
        after,
        principleFieldWords,
        (what, values) =>
          change("principle-changed", "principles", after.id, what(`Principle ${quoted(shorten(name(before), 80))}`), values),
        // Named by its title when it has one, else by its text, which then "now reads" the new text.
        {
          policies: [older, newer],
          ...(before.title !== undefined ? { nameField: "title" } : { nameField: "text", renamed: "now reads" }),
        },
      ),
    removed: (p) => [change("principle-removed", "principles", p.id, describeTextRemoved("Principle", name(p)), { before: name(p) })],
  });
}
