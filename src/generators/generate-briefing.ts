/**
 * Policy model -> the content of the one-page briefing ("one minute briefing"): what the
 * procedure is, why it matters, the stages and timescales, what to record, who to
 * contact and the key principles. Selection happens here so the page only lays it out,
 * and the choice of what fits on one A4 page is tested as data.
 */
import { isStated, stagesOf, type Policy } from "../compiler/policy-model.ts";
import {
  allStages,
  asSentence,
  collectDoubts,
  describeAbsence,
  describeDoubtCount,
  describeDate,
  describeOutcomesAbsent,
  describeRecordEntry,
  describeRepeat,
  describeRoles,
  describeSideActionAt,
  describeStagePartiesBrief,
  describeStageTimescalesBrief,
  describeSideActionWhen,
  describeStagesAbsent,
  describeStated,
  describeTimescaleBrief,
  findStage,
  joinWords,
  notStatedText,
  reportStageText,
  sentenceCase,
  describeDecidedBy,
  describeNext,
  describeOutcome,
  describeRouteScope,
  describeRouteTimescales,
} from "./describe-policy.ts";
import { describeEntryPoint } from "./describe-entry-point.ts";
import { describeByAgency } from "./describe-agency-recipients.ts";
import { stageOutputFormTitle } from "./describe-stage-output.ts";
import { describeAdvisers } from "./describe-inside-stage.ts";
import { subjectWords } from "./describe-subject.ts";

export interface BriefingStage {
  readonly name: string;
  readonly who: string;
  readonly timescale: string;
  /** A report with no reply, a stage that repeats, outcomes not shown: said as sentences. */
  readonly notes: readonly string[];
}

export interface Briefing {
  readonly title: string;
  readonly area: string;
  readonly version: string;
  readonly nextReview: string;
  readonly whatItIs: string;
  readonly whyItMatters: string;
  /** "Why it matters for the child", or "for the person" in a joint protocol. */
  readonly whyItMattersHeading: string;
  readonly tracks: readonly {
    readonly title: string;
    readonly stages: readonly BriefingStage[];
    /** Said instead of stages when the source does not set them out or they were not seen. */
    readonly stagesAbsent?: string;
    readonly ifLastFails: string;
  }[];
  readonly emergency: readonly { readonly title: string; readonly text: string }[];
  /** The ways in, when the kind of concern chooses where the procedure starts. */
  readonly entryPoints: readonly { readonly title: string; readonly text: string }[];
  readonly record: readonly string[];
  readonly alsoDo: readonly string[];
  readonly contacts: readonly string[];
  /** `force` is the label shown before the text ("Must", "Expected"), empty when not stated. */
  readonly principles: readonly { readonly force: string; readonly text: string }[];
  /** How many principles did not fit; the protocol page has them all. */
  readonly morePrinciples: number;
  /** How many facts rest on doubtful readings or come from outside the procedure, when any do. */
  readonly doubts?: string;
}

/** The most principles one A4 page holds beside everything else. */
export const maxBriefingPrinciples = 5;

export function generateBriefing(policy: Policy): Briefing {
  const tracks = policy.tracks.map((track) => ({
    title: track.title,
    stages: stagesOf(track).map((stage) => ({
      name: stage.name,
      who: describeStagePartiesBrief(policy, stage),
      timescale: describeStageTimescalesBrief(policy, stage).join("; "),
      notes: [
        ...(stage.byAgency.length > 0
          ? [asSentence(`In each agency: ${describeByAgency(policy, stage.byAgency, "short").join("; ")}`)]
          : []),
        ...(stage.replyExpected ? [] : [reportStageText]),
        ...(describeRepeat(stage) ? [describeRepeat(stage)!] : []),
        ...(isStated(stage.outcomes) || stage.isLast ? [] : [describeOutcomesAbsent(stage.outcomes.absent)]),
        // Resolved / not resolved is every stage's shape; other ways on are worth a line.
        ...(isStated(stage.outcomes) ? stage.outcomes : [])
          .filter((o) => o.result === "no-reply" || o.result === "other")
          .map((o) => `${describeOutcome(o)}: ${describeNext(policy, o.next)}`),
        ...[describeDecidedBy(policy, stage)].filter((line) => line !== undefined),
      ],
    })),
    ...(isStated(track.stages) ? {} : { stagesAbsent: describeStagesAbsent(track.stages.absent) }),
    // Whole, never cut to a first sentence: the second often carries the point ("The partnership does not resolve them").
    ifLastFails: isStated(track.whenLastStageFails)
      ? track.whenLastStageFails.summary
      : `What happens if the last stage fails: ${describeAbsence(track.whenLastStageFails.absent)}.`,
  }));

  const record = new Set<string>();
  for (const stage of allStages(policy)) {
    if (isStated(stage.record)) for (const r of stage.record) record.add(describeRecordEntry(r));
    // What a stage produces is kept with the record, so it is on the list of what to record,
    // unless the stage's record already names it as the place something is recorded.
    const places = isStated(stage.record) ? stage.record.map((r) => (isStated(r.where) ? r.where.toLowerCase() : "")) : [];
    for (const o of stage.outputs) if (!places.some((p) => p.includes(o.title.toLowerCase()))) record.add(stageOutputFormTitle(stage, o));
  }
  for (const route of policy.routes) if (isStated(route.record)) for (const r of route.record) record.add(`${r} (${route.title})`);
  for (const action of policy.sideActions) for (const r of action.record) record.add(r);

  const emergency = policy.routes
    .filter((r) => r.kind === "emergency")
    .map((r) => ({
      title: r.title,
      text: [
        isStated(r.when) ? asSentence(r.when) : `When to use it: ${describeAbsence(r.when.absent)}.`,
        describeRouteScope(policy, r) ?? "",
        isStated(r.to) ? `Speak to ${describeRoles(policy, r.to)}.` : "",
        ...[describeRouteTimescales(policy, r)].map((fast) => (fast.length > 0 ? asSentence(`How fast: ${fast.join("; ")}`) : "")),
      ]
        .filter(Boolean)
        .join(" "),
    }));
  const bypasses = policy.routes
    .filter((r) => r.kind === "bypass")
    .map(
      (r) =>
        `${r.title}: ${isStated(r.when) ? asSentence(r.when) : `when to use it: ${describeAbsence(r.when.absent)}.`}${r.inConjunctionWith.length > 0 ? ` Decided with ${describeRoles(policy, r.inConjunctionWith, "long", "and")}.` : ""}`,
    );

  const alsoDo = [
    ...policy.sideActions.map((a) => {
      const when = describeSideActionWhen(policy, a) ? ` ${describeSideActionWhen(policy, a)}` : "";
      const at = describeSideActionAt(policy, a);
      return `${at}${when}: ${a.title}${a.address ? `, ${a.address}` : ""}${a.timescale ? ` (${describeTimescaleBrief(policy, a.timescale).replace(/^To /, "").toLowerCase()})` : ""}.`;
    }),
    ...bypasses,
    ...[describeAdvisers(policy)].filter((line) => line !== undefined),
  ];

  const contacts = [
    ...policy.contacts.map((c) => [c.who, c.email, c.phone].filter(Boolean).join(", ")),
    ...policy.sideActions.filter((a) => a.address).map((a) => `${a.title}: ${a.address}`),
  ];

  const principles = isStated(policy.principles) ? policy.principles : [];
  const ordered = [...principles.filter((p) => p.force === "must"), ...principles.filter((p) => p.force !== "must")];
  const shown = ordered.slice(0, maxBriefingPrinciples).map((p) => ({
    force: isStated(p.force) ? sentenceCase(p.force) : "",
    text: p.title ? `${p.title}: ${p.text}` : p.text,
  }));

  const doubts = describeDoubtCount(collectDoubts(policy));
  return {
    title: policy.title,
    area: policy.area.displayName,
    version: policy.revision.version,
    nextReview: describeDate(policy.revision.nextReview),
    whatItIs: isStated(policy.summary) ? policy.summary : `${policy.title}: a summary is ${describeAbsence(policy.summary.absent)}.`,
    whyItMattersHeading: `Why it matters for ${subjectWords(policy).the}`,
    whyItMatters: isStated(policy.purpose) ? policy.purpose : `${sentenceCase(describeAbsence(policy.purpose.absent))}.`,
    tracks,
    emergency,
    entryPoints: policy.entryPoints.map((entry) => {
      const words = describeEntryPoint(policy, entry);
      return { title: words.title, text: [words.when, words.start, words.clock].filter(Boolean).join(" ") };
    }),
    record: [...record],
    alsoDo,
    contacts: contacts.length > 0 ? contacts : [`Contacts: ${notStatedText}.`],
    principles: shown,
    morePrinciples: ordered.length - shown.length,
    ...(doubts ? { doubts } : {}),
  };
}
