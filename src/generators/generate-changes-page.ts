/**
 * Two revisions' semantic diff -> the content of the "what changed" page: the authors'
 * notes, the changes grouped by the part of the policy they are in, and for each change
 * whether its before and after need showing beside the sentence (when the sentence does
 * not already quote the new value). The page only lays this out.
 */
import type { Policy } from "../compiler/policy-model.ts";
import type { PolicyChange, PolicyChangeArea } from "../diff/policy-change.ts";
import { describeDate } from "./describe-policy.ts";

export interface ChangesPage {
  /** The revision compared with, when there is one. */
  readonly comparedWith?: { readonly version: string; readonly effective: string };
  readonly effective: string;
  readonly notes: readonly { readonly note: string; readonly date: string }[];
  readonly groups: readonly {
    readonly area: PolicyChangeArea;
    readonly title: string;
    readonly changes: readonly {
      readonly kind: PolicyChange["kind"];
      readonly summary: string;
      /** Values too long to quote in the sentence, shown in full on request. */
      readonly values?: { readonly before: string; readonly after: string };
    }[];
  }[];
  /** What the comparison leaves out, said when it finds nothing. */
  readonly notCompared: string;
}

const groupTitles: Record<PolicyChangeArea, string> = {
  policy: "The policy",
  tracks: "Procedures",
  stages: "Stages",
  meetings: "Meetings",
  entryPoints: "Where it starts",
  timescales: "Timescales",
  roles: "Roles",
  routes: "Routes that skip stages",
  sideActions: "Actions beside the stages",
  categories: "Categories of disagreement",
  principles: "Principles",
  contacts: "Contacts",
};

/** A value is in the sentence when the sentence quotes it (without its own full stop). */
const quotes = (summary: string, value: string) => summary.includes(value.replace(/\.$/, ""));

export function generateChangesPage(policy: Policy, previous: Policy | undefined, changes: readonly PolicyChange[]): ChangesPage {
  const areas = [...new Set(changes.map((c) => c.area))];
  return {
    ...(previous ? { comparedWith: { version: previous.revision.version, effective: describeDate(previous.revision.effective) } } : {}),
    effective: describeDate(policy.revision.effective),
    notes: policy.revision.amendments.map((a) => ({ note: a.note, date: describeDate(a.date) })),
    groups: areas.map((area) => ({
      area,
      title: groupTitles[area],
      changes: changes
        .filter((c) => c.area === area)
        .map((c) => ({
          kind: c.kind,
          summary: c.summary,
          // The sentence names the new value whenever it can be quoted; the old one is then said in words ("now stated").
          ...(c.before !== undefined && c.after !== undefined && !quotes(c.summary, c.after)
            ? { values: { before: c.before, after: c.after } }
            : {}),
        })),
    })),
    notCompared:
      "Not compared: the version, its dates and reviewer, the source documents' details, the colour, the quoted wording of timescales, and doubts about the area and its sources.",
  };
}
