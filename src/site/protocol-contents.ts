/**
 * The protocol page's sections, in page order, with their headings: the page draws each
 * heading from here and lists the sections present as its contents, so the list and the
 * headings cannot disagree. A section whose part of the policy is empty is left out of
 * both, exactly as the page leaves it out.
 */
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { subjectWords } from "../generators/describe-subject.ts";

export interface ProtocolSection {
  readonly id: string;
  readonly text: string;
}

// Every heading of a page is looked up here: the list is made once per policy.
const made = new WeakMap<Policy, readonly ProtocolSection[]>();

export function protocolContents(policy: Policy): readonly ProtocolSection[] {
  const known = made.get(policy);
  if (known) return known;
  const sections: (ProtocolSection | false)[] = [
    isStated(policy.purpose) && { id: "purpose", text: `Why it matters for ${subjectWords(policy).the}` },
    { id: "principles", text: "Principles" },
    { id: "scope", text: "What it covers" },
    isStated(policy.categoryLists) && policy.categoryLists.length > 0 && { id: "categories", text: "Disagreements it is for" },
    { id: "roles", text: "Who is involved" },
    policy.entryPoints.length > 0 && { id: "entry-points", text: "Where it starts" },
    ...policy.tracks.map((track) => ({ id: `track-${track.id}`, text: track.title })),
    policy.meetings.length > 0 && { id: "meetings", text: "Meetings" },
    { id: "routes", text: "Routes that skip stages" },
    policy.sideActions.length > 0 && { id: "side-actions", text: "Actions beside the stages" },
    policy.examples.length > 0 && { id: "examples", text: "Worked examples" },
    { id: "learning", text: "Learning and monitoring" },
    { id: "related", text: "Related documents" },
    policy.contacts.length > 0 && { id: "contacts", text: "Who to contact with questions" },
    policy.notes.length > 0 && { id: "notes", text: "Notes" },
    { id: "source", text: policy.sources.length > 1 ? "Source documents" : "Source document" },
  ];
  const present = sections.filter((s): s is ProtocolSection => s !== false);
  made.set(policy, present);
  return present;
}

/** A section's heading, by id, for the page to draw. */
export function protocolHeading(policy: Policy, id: string): string {
  const section = protocolContents(policy).find((s) => s.id === id);
  if (!section) throw new Error(`The protocol page has no section "${id}" for ${policy.id}.`);
  return section.text;
}
