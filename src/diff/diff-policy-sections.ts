/** Changes to the policy itself: its title, jurisdiction and sections. */
import { isStated, type Jurisdiction, type Policy, type Stated } from "../compiler/policy-model.ts";
import { describeAbsence } from "../generators/describe-policy.ts";
import { describeChangedFromTo, describeJurisdictionChange, textList } from "./describe-changes.ts";
import { type FieldWords, diffFields } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export const jurisdictionNames: Record<Jurisdiction, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};
export const describeJurisdiction = (value: Stated<Jurisdiction>) =>
  isStated(value) ? jurisdictionNames[value] : describeAbsence(value.absent);

export function diffPolicyFields(older: Policy, newer: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  if (older.title !== newer.title) {
    changes.push(
      change("title-changed", "policy", "title", describeChangedFromTo("Title", older.title, newer.title), {
        before: older.title,
        after: newer.title,
      }),
    );
  }
  const [was, now] = [older.area.jurisdiction, newer.area.jurisdiction];
  const [before, after] = [describeJurisdiction(was), describeJurisdiction(now)];
  if (before !== after) {
    // Each says what follows, because it is not obvious: the nation decides which bank
    // holidays are skipped when a working-day timescale is counted.
    const summary = describeJurisdictionChange(isStated(was) ? before : undefined, isStated(now) ? after : undefined);
    changes.push(change("jurisdiction-changed", "policy", "jurisdiction", summary, { before, after }));
  }
  return changes;
}

/**
 * The policy's own sections. Left out: its identity and file, the source document and
 * the revision's dates and notes (they change with every revision; the history page
 * shows them), the colour (presentation only) and the lists that have sections below.
 */
export const sectionWords: FieldWords<Policy> = {
  summary: "summary",
  purpose: "purpose",
  audience: "audience",
  about: "who the procedure is about",
  scope: "scope",
  priorities: "priorities",
  childStatuses: "child statuses the form asks about",
  advisers: "who may be asked for advice at any stage",
  learning: "learning from escalations",
  monitoring: "monitoring",
  relatedDocuments: "related documents",
  notes: "notes",
};

export function diffSections(older: Policy, newer: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  // The area's name and owner are compared apart from the rest of `area`: the
  // jurisdiction has its own kind and the colour is not the author's policy.
  const areaWords = { name: "area's name", owner: "area's owner" } as const;
  const policies = [older, newer] as const;
  for (const field of ["name", "owner"] as const) {
    changes.push(
      ...diffFields(
        older.area,
        newer.area,
        { [field]: areaWords[field] },
        (what, values) => change("section-changed", "policy", `area.${field}`, what("The", " "), values),
        {
          policies,
        },
      ),
    );
  }
  // One change per section, so that each can be linked to and filtered on by its id.
  for (const field of Object.keys(sectionWords) as (keyof typeof sectionWords)[]) {
    changes.push(
      ...diffFields(
        older,
        newer,
        { [field]: sectionWords[field] },
        (what, values) => change("section-changed", "policy", field, what("The", " "), values),
        {
          policies,
          describe: { audience: textList, notes: textList },
        },
      ),
    );
  }
  return changes;
}
