/** Changes to category lists and categories. */
import { type CategoryList, type Policy } from "../compiler/policy-model.ts";
import { describeAdded, describeRemoved, doubtList, quoted, roleList, textList, yesNo } from "./describe-changes.ts";
import { type FieldWords, diffFields, matchById, statedList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export function diffCategories(older: Policy, newer: Policy): PolicyChange[] {
  // Matched within their list: a category moved to another list (another raiser) is
  // removed from one list and added to the other, which is what changed for a reader.
  const flatten = (policy: Policy) =>
    statedList(policy.categoryLists).flatMap((list) => list.categories.map((category) => ({ list, category })));
  const categories = matchById(flatten(older), flatten(newer), ({ list, category }) => `${list.id}/${category.id}`);
  const lists = matchById(statedList(older.categoryLists), statedList(newer.categoryLists), (list) => list.id);
  return [
    ...lists.kept.flatMap(({ before, after }) =>
      diffFields(
        before,
        after,
        categoryListFieldWords,
        (what, values) => change("category-list-changed", "categories", after.id, what(`Category list ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          describe: { raisedBy: roleList("or"), exhaustive: yesNo("the full list", "examples only"), doubts: doubtList },
          nameField: "title",
        },
      ),
    ),
    ...categories.added.map(({ list, category }) =>
      change("category-added", "categories", category.id, describeAdded("Category", category.title, ` to ${quoted(list.title)}`), {
        after: category.title,
      }),
    ),
    ...categories.kept.flatMap(({ before, after }) =>
      diffFields(
        before.category,
        after.category,
        { title: "title", examples: "examples" },
        (what, values) =>
          change(
            "category-changed",
            "categories",
            after.category.id,
            what(`Category ${quoted(before.category.title)} in ${quoted(after.list.title)}`),
            values,
          ),
        { policies: [older, newer], describe: { examples: textList }, nameField: "title" },
      ),
    ),
    ...categories.removed.map(({ list, category }) =>
      change("category-removed", "categories", category.id, describeRemoved("Category", category.title, ` from ${quoted(list.title)}`), {
        before: category.title,
      }),
    ),
  ];
}

export const categoryListFieldWords: FieldWords<CategoryList> = {
  title: "title",
  raisedBy: "who it is for",
  exhaustive: "whether it is the full list",
  doubts: "doubts about it",
};
