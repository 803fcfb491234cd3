/**
 * Policy model -> the ordered text outline of a procedure's steps (the flowchart's text
 * twin), shown below the chart, printed with it and downloadable as text.
 */
import {
  isStated,
  stagesOf,
  type Method,
  type Next,
  type Policy,
  type SideAction,
  type Stage,
  type Track,
} from "../compiler/policy-model.ts";
import {
  describeAbsence,
  describeDoubts,
  describeForce,
  describeDecidedBy,
  describeCopyTo,
  describeRouteScope,
  describeRouteTimescales,
  describeOutcome,
  describeOutcomesAbsent,
  describeRecordEntry,
  describeRepeat,
  describeStagesAbsent,
  findStage,
  describeRouteTarget,
  reportStageText,
  asSentence,
  describeRoles,
  describeSideActionAt,
  describeStageTimescales,
  describeStated,
  joinWords,
  stageHeading,
  recipientsConjunction,
} from "./describe-policy.ts";
import { describeEntryPoint } from "./describe-entry-point.ts";
import { describeByAgencyLine } from "./describe-agency-recipients.ts";
import { describeStageOutput } from "./describe-stage-output.ts";
import { describeAdvisers, describeConsultFirst, describeInsideStage } from "./describe-inside-stage.ts";

export interface OutlineStep {
  readonly number: number;
  readonly id: string;
  readonly kind: "stage" | "meeting" | "final";
  readonly heading: string;
  readonly details: readonly string[];
}

export interface OutlineTrack {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly OutlineStep[];
}

export interface FlowchartOutline {
  /** The ways into the procedure, when the kind of concern chooses where it starts. */
  readonly entryPoints: readonly string[];
  readonly tracks: readonly OutlineTrack[];
  readonly routes: readonly string[];
  readonly sideActions: readonly string[];
  /** Who may be asked for advice at any stage, when the policy names advisers. */
  readonly advisers?: string;
}

function describeMethod(m: Method): string {
  const base = m.method.replace(/-/g, " ");
  const force = isStated(m.force) ? ` (${m.force})` : "";
  return m.marking ? `${base}${force} marked "${m.marking.text}"` : `${base}${force}`;
}

export function describeMethods(stage: Stage): string {
  return isStated(stage.methods) ? joinWords(stage.methods.map(describeMethod), "and") : describeAbsence(stage.methods.absent);
}

export function describeSideAction(policy: Policy, action: SideAction): string {
  const at = describeSideActionAt(policy, action);
  const force = isStated(action.force) ? ` (${action.force})` : "";
  const parts = [`${at}: ${action.title}${force}.`, action.description];
  if (action.address) parts.push(`Address: ${action.address}.`);
  if (action.inConjunctionWith.length > 0) parts.push(`Decided with ${describeRoles(policy, action.inConjunctionWith, "long", "and")}.`);
  if (action.record.length > 0) parts.push(asSentence(`Record: ${action.record.join("; ")}`));
  parts.push(...describeDoubts(action.doubts));
  return parts.join(" ");
}

/**
 * The chart's text twin: every step of each track in the order a reader meets them, the
 * ways in, the routes, the actions beside the stages and the advisers, generated from the
 * model (not from the diagram) so that screen-reader and print readers get every fact.
 */
export function generateFlowchartOutline(policy: Policy): FlowchartOutline {
  const entryPoints = policy.entryPoints.map((entry) => {
    const words = describeEntryPoint(policy, entry);
    return [`${words.title}.`, words.when, words.start, words.clock, ...describeDoubts(entry.doubts)].filter(Boolean).join(" ");
  });
  const routes = policy.routes.map((route) => {
    const when = isStated(route.when) ? route.when : `When to use it: ${describeAbsence(route.when.absent)}`;
    const decided = `${isStated(route.decidedBy) ? ` Decided by ${describeRoles(policy, route.decidedBy)}` : ""}`;
    const consult = describeConsultFirst(policy, route.consultFirst, "using it");
    const withWhom = route.inConjunctionWith.length > 0 ? ` with ${describeRoles(policy, route.inConjunctionWith, "long", "and")}` : "";
    const target = route.toStage;
    const goesTo = isStated(target) ? ` Goes to ${describeRouteTarget(policy, target)}.` : "";
    const record = isStated(route.record)
      ? ` ${asSentence(`Record: ${route.record.join("; ")}`)}`
      : ` What to record: ${describeAbsence(route.record.absent)}.`;
    const force = isStated(route.force) ? ` (${route.force})` : "";
    const doubts = route.doubts.length > 0 ? ` ${describeDoubts(route.doubts).join(" ")}` : "";
    const speakTo = isStated(route.to) ? ` Go to ${describeRoles(policy, route.to)}.` : "";
    const steps = route.steps.length > 0 ? ` ${route.steps.join(" ")}` : "";
    const routeScope = describeRouteScope(policy, route);
    const scope = routeScope ? ` ${routeScope}` : "";
    const fast = describeRouteTimescales(policy, route);
    const clock = fast.length > 0 ? ` ${asSentence(`How fast: ${fast.join("; ")}`)}` : "";
    return `${route.kind === "emergency" ? "Emergency route" : "Bypass"}: ${route.title}${force}. ${when}.${scope}${clock}${speakTo}${goesTo}${decided}${withWhom}${decided ? "." : ""}${consult ? ` ${consult}` : ""}${record}${steps}${doubts}`.replace(
      /\.\./g,
      ".",
    );
  });
  const advisers = describeAdvisers(policy);
  return {
    entryPoints,
    tracks: policy.tracks.map((track) => outlineTrack(policy, track)),
    routes,
    sideActions: policy.sideActions.map((action) => describeSideAction(policy, action)),
    ...(advisers ? { advisers } : {}),
  };
}

function outlineTrack(policy: Policy, track: Track): OutlineTrack {
  // Number stages and the meetings they lead to in the order a reader meets them.
  const order: ({ kind: "stage"; stage: Stage } | { kind: "meeting"; id: string })[] = [];
  const seenMeetings = new Set<string>();
  for (const stage of stagesOf(track)) {
    order.push({ kind: "stage", stage });
    for (const outcome of isStated(stage.outcomes) ? stage.outcomes : []) {
      if (outcome.next.kind === "meeting" && !seenMeetings.has(outcome.next.id)) {
        seenMeetings.add(outcome.next.id);
        order.push({ kind: "meeting", id: outcome.next.id });
      }
    }
  }
  const numberOf = new Map<string, number>();
  order.forEach((item, i) => numberOf.set(item.kind === "stage" ? item.stage.id : item.id, i + 1));
  const finalNumber = order.length + 1;
  const describeNext = (next: Next): string => {
    switch (next.kind) {
      case "end":
        return "the escalation ends; no further action.";
      case "final":
        return `go to step ${finalNumber} (if the last stage fails).`;
      case "stage": {
        const name = findStage(policy, next.id)?.stage.name ?? next.id;
        return numberOf.has(next.id) ? `go to step ${numberOf.get(next.id)} (${name}).` : `go to ${name}.`;
      }
      case "meeting": {
        const title = policy.meetings.find((m) => m.id === next.id)?.title ?? next.id;
        return numberOf.has(next.id) ? `go to step ${numberOf.get(next.id)} (${title}).` : `go to ${title}.`;
      }
    }
  };
  const outcomeLines = (outcomes: Stage["outcomes"]) =>
    isStated(outcomes)
      ? outcomes.map((o) => `${describeOutcome(o, "condition")}: ${describeNext(o.next)}`)
      : [describeOutcomesAbsent(outcomes.absent)];

  const steps: OutlineStep[] = order.map((item, i) => {
    if (item.kind === "stage") {
      const s = item.stage;
      const details = [
        `Formality: ${isStated(s.formality) ? s.formality : describeAbsence(s.formality.absent)}.`,
        ...(isStated(s.force) ? [`Raising it: ${describeForce(s.force)}.`] : []),
        `Raised by: ${describeRoles(policy, s.raisedBy)}.`,
        `Raised with: ${describeRoles(policy, s.to, "long", recipientsConjunction(s))}${s.eachAgency ? " (in each agency at once)" : ""}.`,
        ...[describeByAgencyLine(policy, s)].filter((line) => line !== undefined),
        ...[describeCopyTo(policy, s)].flatMap((copies) => (copies ? [`Copied to: ${copies}.`] : [])),
        ...(isStated(s.with) ? [`Also involved: ${describeRoles(policy, s.with, "long", "and")}.`] : []),
        ...(!isStated(s.mayInvolve) || s.mayInvolve.length > 0
          ? [`May involve: ${describeRoles(policy, s.mayInvolve, "long", "or")}.`]
          : []),
        ...describeInsideStage(policy, s),
        `How: ${describeMethods(s)}.`,
        ...describeStageTimescales(policy, s).map((t) => `Timescale: ${t}.`),
        `Record: ${isStated(s.record) ? s.record.map((r) => (isStated(r.where) ? describeRecordEntry(r) : `${r.what} (where: ${describeAbsence(r.where.absent)})`)).join("; ") : describeAbsence(s.record.absent)}.`,
        ...s.outputs.map((o) => `Produces: ${describeStageOutput(policy, o)}`),
        ...(s.replyExpected ? [] : [reportStageText]),
        ...(s.repeat ? [describeRepeat(s)!] : []),
        ...outcomeLines(s.outcomes),
        ...[describeDecidedBy(policy, s)].filter((line) => line !== undefined),
        ...describeDoubts([...s.doubts, ...(isStated(s.timescales) ? s.timescales.flatMap((t) => t.doubts) : [])]),
      ];
      return { number: i + 1, id: s.id, kind: "stage", heading: stageHeading(s), details };
    }
    const meeting = policy.meetings.find((m) => m.id === item.id)!;
    return {
      number: i + 1,
      id: meeting.id,
      kind: "meeting",
      heading: `Meeting: ${meeting.title}`,
      details: [
        `Attended by: ${describeRoles(policy, meeting.attendees, "long", "and")}.`,
        asSentence(`Purpose: ${describeStated(meeting.purpose)}`),
        ...outcomeLines(meeting.outcomes),
      ],
    };
  });
  const failure = track.whenLastStageFails;
  const finalDetails = isStated(failure)
    ? [
        failure.summary,
        ...(failure.caseReview ? [`Case review: ${failure.caseReview}`] : []),
        ...(isStated(failure.decidedBy) ? [`Decided by: ${describeRoles(policy, failure.decidedBy)}.`] : []),
        ...describeDoubts(failure.doubts),
      ]
    : [`What happens next: ${describeAbsence(failure.absent)}.`];
  if (isStated(failure) && failure.meetingId) {
    const meeting = policy.meetings.find((m) => m.id === failure.meetingId);
    if (meeting)
      finalDetails.push(
        asSentence(
          `Meeting: ${meeting.title}, attended by ${describeRoles(policy, meeting.attendees, "long", "and")}. Purpose: ${describeStated(meeting.purpose)}`,
        ),
      );
  }
  if (!isStated(track.stages)) {
    // The stages were not seen, but what the source says happens at the end still is.
    steps.push({
      number: 1,
      id: `${track.id}-stages`,
      kind: "stage",
      heading: "Stages",
      details: [describeStagesAbsent(track.stages.absent)],
    });
    steps.push({ number: 2, id: `${track.id}-final`, kind: "final", heading: "If the last stage fails", details: finalDetails });
    return { id: track.id, title: track.title, steps };
  }
  steps.push({ number: finalNumber, id: `${track.id}-final`, kind: "final", heading: "If the last stage fails", details: finalDetails });
  return { id: track.id, title: track.title, steps };
}

/** The outline as plain text, for the golden files and the text download. */
export function renderOutlineText(policy: Policy, outline: FlowchartOutline): string {
  const out: string[] = [`${policy.title} (${policy.area.displayName}, version ${policy.revision.version})`, ""];
  if (outline.entryPoints.length > 0) out.push("## Ways in", "", ...outline.entryPoints.map((e) => `- ${e}`), "");
  for (const track of outline.tracks) {
    out.push(`## ${track.title}`, "");
    for (const step of track.steps) {
      out.push(`${step.number}. ${step.heading}`);
      for (const detail of step.details) out.push(`   - ${detail}`);
    }
    out.push("");
  }
  if (outline.routes.length > 0) out.push("## Routes that skip stages", "", ...outline.routes.map((r) => `- ${r}`), "");
  if (outline.sideActions.length > 0) out.push("## Actions beside the stages", "", ...outline.sideActions.map((a) => `- ${a}`), "");
  if (outline.advisers) out.push("## Advice at any stage", "", outline.advisers, "");
  return `${out.join("\n").trimEnd()}\n`;
}
