/**
 * Policy model -> mermaid flowchart source, and the ordered text outline of the same
 * steps (generated from the model, not from the diagram, so that screen-reader and print
 * readers get every fact the chart shows).
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
  allStages,
  describeAbsence,
  describeAbsenceBrief,
  describeStagePartiesBrief,
  describeStageTimescalesBrief,
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
  reportStageText,
  sentenceCase,
  asSentence,
  describeRoles,
  describeSideActionAt,
  describeSideActionWhen,
  describeStageTimescales,
  describeTimescale,
  describeStated,
  joinWords,
  notStatedText,
  roleLabel,
  stageHeading,
} from "./describe-policy.ts";
import { describeEntryPoint } from "./describe-entry-point.ts";
import { describeByAgency } from "./describe-agency-recipients.ts";
import { describeStageOutput, describeStageOutputsBrief } from "./describe-stage-output.ts";
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

export interface Flowchart {
  /** Mermaid flowchart source. Every piece of policy text in it is entity-encoded. */
  readonly source: string;
  readonly outline: FlowchartOutline;
  /** Rough width class, so print can choose landscape for wide charts. */
  readonly wide: boolean;
}

/**
 * Mermaid reads `#NNN;` as a character code. Encoding everything but letters, digits and
 * spaces means no policy text can close a label (`"]`), add an edge (`-->`), start a
 * directive (`%%{init}`) or smuggle markup (`<script>`): it can only ever be text.
 */
export function escapeMermaidText(text: string): string {
  let out = "";
  for (const char of text) out += /[A-Za-z0-9 ]/.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}

/** Wraps at word boundaries so long policy text does not make one enormous box. */
export function wrapWords(text: string, width = 36): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function label(lines: readonly string[], width?: number): string {
  const wrapped = lines.flatMap((l) => wrapWords(l, width));
  return `"${wrapped.map(escapeMermaidText).join("<br/>")}"`;
}

function describeMethod(m: Method): string {
  const base = m.method.replace(/-/g, " ");
  const force = isStated(m.force) ? ` (${m.force})` : "";
  return m.marking ? `${base}${force} marked "${m.marking.text}"` : `${base}${force}`;
}

export function describeMethods(stage: Stage): string {
  return isStated(stage.methods) ? joinWords(stage.methods.map(describeMethod), "and") : describeAbsence(stage.methods.absent);
}

function sideActionLines(policy: Policy, action: SideAction): string[] {
  const lines = [action.title];
  const when = describeSideActionWhen(policy, action);
  if (when) lines.push(sentenceCase(when));
  if (action.address) lines.push(action.address);
  if (action.timescale) lines.push(describeTimescale(policy, action.timescale));
  return lines;
}

function describeSideAction(policy: Policy, action: SideAction): string {
  const at = describeSideActionAt(policy, action);
  const force = isStated(action.force) ? ` (${action.force})` : "";
  const parts = [`${at}: ${action.title}${force}.`, action.description];
  if (action.address) parts.push(`Address: ${action.address}.`);
  if (action.inConjunctionWith.length > 0) parts.push(`Decided with ${describeRoles(policy, action.inConjunctionWith, "long", "and")}.`);
  if (action.record.length > 0) parts.push(asSentence(`Record: ${action.record.join("; ")}`));
  parts.push(...describeDoubts(action.doubts));
  return parts.join(" ");
}

export function generateFlowchart(policy: Policy): Flowchart {
  const lines: string[] = [`%% Flowchart of ${policy.id}, generated by escalation-kit from the policy.`, "flowchart TB"];
  const nodeIds = new Map<string, string>();
  const nodeFor = (key: string, prefix: string) => {
    let id = nodeIds.get(key);
    if (!id) {
      id = `${prefix}${nodeIds.size}`;
      nodeIds.set(key, id);
    }
    return id;
  };
  const placedMeetings = new Set<string>();
  let endCount = 0;

  const target = (next: Next, track: Track, indent: string): string => {
    switch (next.kind) {
      case "end": {
        const id = `end${endCount++}`;
        lines.push(`${indent}${id}([${label(["Resolved: no further action"])}])`);
        return id;
      }
      case "final":
        return nodeFor(`final:${track.id}`, "f");
      case "stage":
        return nodeFor(`stage:${next.id}`, "s");
      case "meeting":
        return nodeFor(`meeting:${next.id}`, "m");
    }
  };

  const outlineTracks: OutlineTrack[] = [];
  for (const track of policy.tracks) {
    const indent = "    ";
    lines.push(`  subgraph ${nodeFor(`track:${track.id}`, "t")}[${label([track.title], 60)}]`, `${indent}direction TB`);
    const start = nodeFor(`start:${track.id}`, "a");
    const raisers = isStated(track.raisedBy) ? describeRoles(policy, track.raisedBy, "short") : undefined;
    lines.push(`${indent}${start}([${label([raisers ? `Concern raised by ${raisers}` : "Concern raised"])}])`);
    const stages = stagesOf(track);
    if (!isStated(track.stages)) {
      const missing = nodeFor(`missing:${track.id}`, "n");
      lines.push(`${indent}${missing}[${label([describeStagesAbsent(track.stages.absent)])}]`, `${indent}${start} --> ${missing}`);
      lines.push(`${indent}${missing} -.-> ${target({ kind: "final" }, track, indent)}`);
    } else lines.push(`${indent}${start} --> ${nodeFor(`stage:${stages[0]!.id}`, "s")}`);

    for (const stage of stages) {
      const id = nodeFor(`stage:${stage.id}`, "s");
      const report = stage.replyExpected ? [] : [reportStageText];
      const box = [
        stage.name,
        describeStagePartiesBrief(policy, stage),
        ...describeByAgency(policy, stage.byAgency, "short"),
        ...describeStageTimescalesBrief(policy, stage),
        ...[describeStageOutputsBrief(stage)].filter((line) => line !== undefined),
        ...report,
      ];
      lines.push(`${indent}${id}[${label(box)}]`);
      if (stage.repeat) lines.push(`${indent}${id} -.->|${label([describeRepeat(stage)!])}| ${id}`);
      for (const meeting of policy.meetings) {
        if (meeting.duringStageId === stage.id) lines.push(`${indent}${id} -.-> ${nodeFor(`meeting:${meeting.id}`, "m")}`);
      }
      if (!isStated(stage.outcomes)) {
        // Not shown in the source: the ladder goes on to the next stage, drawn dashed and labelled so.
        const following = stages[stage.index + 1];
        const next = following ? nodeFor(`stage:${following.id}`, "s") : target({ kind: "final" }, track, indent);
        lines.push(`${indent}${id} -.->|${label([`Outcomes ${describeAbsenceBrief(stage.outcomes.absent)}`])}| ${next}`);
        continue;
      }
      const decision = `d${id}`;
      lines.push(`${indent}${decision}{${label(["Resolved?"])}}`, `${indent}${id} --> ${decision}`);
      for (const outcome of stage.outcomes) {
        const to = target(outcome.next, track, indent);
        // No reply in time is a way on of its own: dotted, so it is told apart without colour.
        const arrow = outcome.result === "no-reply" ? "-.->" : "-->";
        lines.push(`${indent}${decision} ${arrow}|${label([describeOutcome(outcome, "brief")])}| ${to}`);
      }
    }

    // Meetings reached from this track are drawn inside it, with their own decision.
    for (const meeting of policy.meetings) {
      const mid = nodeIds.get(`meeting:${meeting.id}`);
      if (!mid || placedMeetings.has(meeting.id)) continue;
      placedMeetings.add(meeting.id);
      const attendees = isStated(meeting.attendees)
        ? `With ${describeRoles(policy, meeting.attendees, "short", "and")}`
        : `Attendees ${describeAbsenceBrief(meeting.attendees.absent)}`;
      lines.push(`${indent}${mid}{{${label([`${meeting.optional ? "Optional meeting" : "Meeting"}: ${meeting.title}`, attendees])}}}`);
      if (meeting.outcomes.length > 0) {
        lines.push(`${indent}d${mid}{${label(["Resolved?"])}}`, `${indent}${mid} --> d${mid}`);
        for (const outcome of meeting.outcomes)
          lines.push(
            `${indent}d${mid} ${outcome.result === "no-reply" ? "-.->" : "-->"}|${label([describeOutcome(outcome, "brief")])}| ${target(outcome.next, track, indent)}`,
          );
      }
    }

    const finalId = nodeIds.get(`final:${track.id}`);
    if (finalId) {
      const failure = track.whenLastStageFails;
      const text = isStated(failure) ? failure.summary : `What happens next: ${describeAbsence(failure.absent)}`;
      lines.push(`${indent}${finalId}[/${label(["If the last stage fails", text], 40)}/]`);
      if (isStated(failure) && failure.meetingId)
        lines.push(`${indent}${finalId} -.-> ${target({ kind: "meeting", id: failure.meetingId }, track, indent)}`);
    }
    // A meeting first reached from the final node is placed now.
    for (const meeting of policy.meetings) {
      const mid = nodeIds.get(`meeting:${meeting.id}`);
      if (!mid || placedMeetings.has(meeting.id)) continue;
      placedMeetings.add(meeting.id);
      const attendees = isStated(meeting.attendees)
        ? `With ${describeRoles(policy, meeting.attendees, "short", "and")}`
        : `Attendees ${describeAbsenceBrief(meeting.attendees.absent)}`;
      lines.push(`${indent}${mid}{{${label([`Meeting: ${meeting.title}`, attendees, describeStated(meeting.purpose)])}}}`);
    }
    lines.push("  end");
    outlineTracks.push(outlineTrack(policy, track));
  }

  // Each way in starts at its own stage, so it is drawn as a start of its own.
  const entryPoints = policy.entryPoints.map((entry, index) => {
    const words = describeEntryPoint(policy, entry);
    lines.push(`  e${index}([${label([`Way in: ${words.title}`, words.when], 40)}])`);
    if (findStage(policy, entry.stageId)) lines.push(`  e${index} --> ${nodeFor(`stage:${entry.stageId}`, "s")}`);
    return [`${words.title}.`, words.when, words.start, words.clock, ...describeDoubts(entry.doubts)].filter(Boolean).join(" ");
  });

  const routes: string[] = [];
  policy.routes.forEach((route, index) => {
    const id = `r${index}`;
    const trackId = route.trackId ?? policy.tracks[0]!.id;
    const when = isStated(route.when) ? route.when : `When to use it: ${describeAbsence(route.when.absent)}`;
    lines.push(`  ${id}>${label([`${route.kind === "emergency" ? "Emergency route" : "Bypass"}: ${route.title}`, when], 40)}]`);
    lines.push(`  ${nodeFor(`start:${trackId}`, "a")} -.-> ${id}`);
    if (isStated(route.toStage) && route.toStage.kind === "stage")
      lines.push(`  ${id} -.-> ${nodeFor(`stage:${route.toStage.stageId}`, "s")}`);
    const decided = `${isStated(route.decidedBy) ? ` Decided by ${describeRoles(policy, route.decidedBy)}` : ""}`;
    const consult = describeConsultFirst(policy, route.consultFirst, "using it");
    const withWhom = route.inConjunctionWith.length > 0 ? ` with ${describeRoles(policy, route.inConjunctionWith, "long", "and")}` : "";
    const target = route.toStage;
    const goesTo = !isStated(target)
      ? ""
      : target.kind === "any-higher"
        ? " Goes to any higher stage."
        : ` Goes to ${findStage(policy, target.stageId)?.stage.name ?? target.stageId}.`;
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
    routes.push(
      `${route.kind === "emergency" ? "Emergency route" : "Bypass"}: ${route.title}${force}. ${when}.${scope}${clock}${speakTo}${goesTo}${decided}${withWhom}${decided ? "." : ""}${consult ? ` ${consult}` : ""}${record}${steps}${doubts}`.replace(
        /\.\./g,
        ".",
      ),
    );
  });

  const sideActions: string[] = [];
  policy.sideActions.forEach((action, index) => {
    const id = `x${index}`;
    lines.push(`  ${id}[[${label(sideActionLines(policy, action), 36)}]]`);
    if (action.at === "any") {
      const trackId = policy.tracks[0]!.id;
      lines.push(`  ${nodeFor(`start:${trackId}`, "a")} -.->|${label(["at any stage"])}| ${id}`);
    } else {
      for (const stageId of action.at) lines.push(`  ${nodeFor(`stage:${stageId}`, "s")} -.-> ${id}`);
    }
    sideActions.push(describeSideAction(policy, action));
  });

  // Advisers are not a rung: a note beside the first track, not a box on the ladder.
  const advisers = describeAdvisers(policy);
  if (advisers) {
    lines.push(`  adv[[${label([advisers], 36)}]]`);
    lines.push(`  ${nodeFor(`start:${policy.tracks[0]!.id}`, "a")} -.->|${label(["at any stage"])}| adv`);
  }

  const stageCount = allStages(policy).length;
  return {
    source: `${lines.join("\n")}\n`,
    outline: { entryPoints, tracks: outlineTracks, routes, sideActions, ...(advisers ? { advisers } : {}) },
    wide: policy.tracks.length > 1 || policy.routes.length + policy.sideActions.length > 1 || stageCount > 5,
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
        `Raised with: ${describeRoles(policy, s.to)}${s.eachAgency ? " (in each agency at once)" : ""}.`,
        ...(s.byAgency.length > 0 ? [asSentence(`Raised with, in each agency: ${describeByAgency(policy, s.byAgency).join("; ")}`)] : []),
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
