/**
 * Policy model -> the content of the one-page briefing ("one minute briefing"): what the
 * procedure is, why it matters, the stages and timescales, what to record, who to
 * contact and the key principles. Selection happens here so the page only lays it out,
 * and the choice of what fits on one A4 page is tested as data.
 */
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { describeDate, describeRecordEntry, describeRoles, describeTimescaleBrief, joinWords, notStatedText } from "./describe-policy.ts";

export interface BriefingStage {
  readonly name: string;
  readonly who: string;
  readonly timescale: string;
}

export interface Briefing {
  readonly title: string;
  readonly area: string;
  readonly version: string;
  readonly nextReview: string;
  readonly whatItIs: string;
  readonly whyItMatters: string;
  readonly tracks: readonly { readonly title: string; readonly stages: readonly BriefingStage[]; readonly ifLastFails: string }[];
  readonly emergency: readonly string[];
  readonly record: readonly string[];
  readonly alsoDo: readonly string[];
  readonly contacts: readonly string[];
  readonly principles: readonly { readonly force: string; readonly text: string }[];
  /** How many principles did not fit; the protocol page has them all. */
  readonly morePrinciples: number;
}

/** The most principles one A4 page holds beside everything else. */
export const maxBriefingPrinciples = 5;

const firstSentence = (text: string) => {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1]! : text;
};

export function generateBriefing(policy: Policy): Briefing {
  const tracks = policy.tracks.map((track) => ({
    title: track.title,
    stages: track.stages.map((stage) => ({
      name: stage.name,
      who: `${isStated(stage.raisedBy) ? describeRoles(policy, stage.raisedBy, "short") : "Raiser not stated"} → ${isStated(stage.to) ? describeRoles(policy, stage.to, "short") : "recipient not stated"}`,
      timescale: isStated(stage.timescales)
        ? stage.timescales.map((t) => describeTimescaleBrief(policy, t)).join("; ")
        : "Timescale not stated",
    })),
    ifLastFails: isStated(track.whenLastStageFails)
      ? firstSentence(track.whenLastStageFails.summary)
      : `What happens if the last stage fails is ${notStatedText}.`,
  }));

  const record = new Set<string>();
  for (const stage of policy.tracks.flatMap((t) => t.stages)) {
    if (!isStated(stage.record)) continue;
    for (const r of stage.record) record.add(describeRecordEntry(r));
  }
  for (const route of policy.routes) if (isStated(route.record)) for (const r of route.record) record.add(`${r} (${route.title})`);
  for (const action of policy.sideActions) for (const r of action.record) record.add(r);

  const emergency = policy.routes
    .filter((r) => r.kind === "emergency")
    .map((r) =>
      `${isStated(r.when) ? firstSentence(r.when) : "When: not stated."} ${isStated(r.to) ? `Speak to ${describeRoles(policy, r.to)}` : ""}${r.title ? ` (${r.title})` : ""}.`.replace(
        /\s+\./,
        ".",
      ),
    );
  const bypasses = policy.routes
    .filter((r) => r.kind === "bypass")
    .map(
      (r) =>
        `${r.title}: ${isStated(r.when) ? firstSentence(r.when) : "when not stated."}${r.inConjunctionWith.length > 0 ? ` Decided with ${describeRoles(policy, r.inConjunctionWith, "long", "and")}.` : ""}`,
    );

  const alsoDo = [
    ...policy.sideActions.map((a) => {
      const when = a.when?.childStatus
        ? ` if the child is ${joinWords(a.when.childStatus.map((s) => s.replace(/-/g, " ")))}`
        : a.when?.notResolved
          ? " if not resolved"
          : "";
      const at =
        a.at === "any"
          ? "At any stage"
          : `At ${joinWords(a.at.map((id) => policy.tracks.flatMap((t) => t.stages).find((s) => s.id === id)?.name ?? id))}`;
      return `${at}${when}: ${a.title}${a.address ? `, ${a.address}` : ""}${a.timescale ? ` (${describeTimescaleBrief(policy, a.timescale).replace(/^To /, "").toLowerCase()})` : ""}.`;
    }),
    ...bypasses,
  ];

  const contacts = [
    ...policy.contacts.map((c) => [c.who, c.email, c.phone].filter(Boolean).join(", ")),
    ...policy.sideActions.filter((a) => a.address).map((a) => `${a.title}: ${a.address}`),
  ];

  const principles = isStated(policy.principles) ? policy.principles : [];
  const ordered = [...principles.filter((p) => p.force === "must"), ...principles.filter((p) => p.force !== "must")];
  const shown = ordered.slice(0, maxBriefingPrinciples).map((p) => ({
    force: isStated(p.force) ? p.force : "",
    text: firstSentence(p.title ? `${p.title}: ${p.text}` : p.text),
  }));

  return {
    title: policy.title,
    area: policy.area.displayName,
    version: policy.revision.version,
    nextReview: describeDate(policy.revision.nextReview),
    whatItIs: isStated(policy.summary) ? policy.summary : `${policy.title}: a summary is ${notStatedText}.`,
    whyItMatters: isStated(policy.purpose) ? policy.purpose : notStatedText,
    tracks,
    emergency,
    record: [...record],
    alsoDo,
    contacts: contacts.length > 0 ? contacts : [`Contacts are ${notStatedText}.`],
    principles: shown,
    morePrinciples: ordered.length - shown.length,
  };
}
