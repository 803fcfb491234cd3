/**
 * Policy model -> one mermaid chart per track, drawn as an escalation ladder: the stages
 * in one column in order, each box saying who raises it, with whom and how fast; each way
 * out labelled on its arrow ("resolved" to a small end beside the ladder, no decision
 * diamond); routes, ways in, actions and advisers as notes beside the stages they touch;
 * what the procedure does not say gathered once in the chart's key, not in every box.
 * The ordered text twin of the same steps is generate-flowchart-outline.ts.
 */
import {
  isStated,
  routesOf,
  stagesOf,
  type AbsenceKind,
  type Next,
  type Outcome,
  type Policy,
  type SideAction,
  type Stage,
  type Track,
} from "../compiler/policy-model.ts";
import {
  describeOutcome,
  describeRepeat,
  describeRoles,
  describeRouteTarget,
  describeSideActionAt,
  describeSideActionWhen,
  describeStagesAbsent,
  describeAbsenceBrief,
  describeTimescale,
  describeTimescaleBrief,
  joinWords,
  reportStageText,
  sentenceCase,
  recipientsConjunction,
} from "./describe-policy.ts";
import { describeEntryPoint } from "./describe-entry-point.ts";
import { describeByAgency } from "./describe-agency-recipients.ts";
import { describeStageOutputsBrief } from "./describe-stage-output.ts";
import { describeAdvisers } from "./describe-inside-stage.ts";
import { generateFlowchartOutline, type FlowchartOutline } from "./generate-flowchart-outline.ts";

export { renderOutlineText, type FlowchartOutline } from "./generate-flowchart-outline.ts";

/** The shapes and lines a chart can use, each explained in its key only when the chart uses it. */
export type ChartSymbol = "stage" | "start" | "end" | "meeting" | "final" | "route" | "note" | "plain" | "solid" | "dotted" | "guessed";

export const chartSymbolWords: Record<ChartSymbol, string> = {
  start: "Box with fully rounded ends: where it starts, or a way in.",
  stage: "Heavy box: a stage (who raises it, with whom, how fast).",
  end: '"Resolved: no further action" in a box: the escalation ends there.',
  meeting: "Box with slightly rounded corners: a meeting.",
  final: "Slanted box: if the last stage does not resolve it.",
  route: "Flag: a route that skips stages.",
  note: "Double-sided box on a dotted line: an action or advice beside the stages.",
  plain: "Arrow without words: on to the next step (from a stage: when it is not resolved).",
  solid: "Arrow with words: the way on for that outcome.",
  dotted:
    "Dotted arrow with words: no reply in time, or a stage that repeats. From a flag: where the route goes. To a meeting: one held during that stage.",
  guessed:
    "Dotted arrow without words between stages: what comes next is not stated or was not available to us (see below); the next stage in order is shown.",
};

export interface TrackChart {
  readonly trackId: string;
  readonly title: string;
  /** Mermaid flowchart source. Every piece of policy text in it is entity-encoded. */
  readonly source: string;
  /** The key: each shape and line the chart uses, then what it leaves out because the procedure does not say. */
  readonly key: {
    readonly symbols: readonly string[];
    /** "Not stated in the procedure: Stage 2: how fast. Stage 4: who raises it and with whom." */
    readonly notStated?: string;
    /** The same for what was not available to us. */
    readonly notSeen?: string;
  };
}

export interface Flowchart {
  /** One chart per track, in the policy's order. */
  readonly charts: readonly TrackChart[];
  readonly outline: FlowchartOutline;
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
export function wrapWords(text: string, width = 46): string[] {
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

/** A quoted label; the first line bold when `heading` (the stage's name). */
function label(lines: readonly string[], options: { width?: number; heading?: boolean } = {}): string {
  const [first, ...rest] = lines;
  const head = wrapWords(first ?? "", options.width)
    .map(escapeMermaidText)
    .join("<br/>");
  const wrapped = [options.heading ? `<b>${head}</b>` : head, ...rest.flatMap((l) => wrapWords(l, options.width)).map(escapeMermaidText)];
  return `"${wrapped.join("<br/>")}"`;
}

/** What one stage leaves out of its box, for the key: "who raises it", "how fast". */
interface Missing {
  readonly stage: string;
  readonly kind: AbsenceKind;
  readonly what: string;
}

function describeMissing(items: readonly Missing[], kind: AbsenceKind): string | undefined {
  const mine = items.filter((m) => m.kind === kind);
  if (mine.length === 0) return undefined;
  const byStage = new Map<string, string[]>();
  for (const m of mine) byStage.set(m.stage, [...(byStage.get(m.stage) ?? []), m.what]);
  const parts = [...byStage].map(([stage, what]) => `${stage}: ${joinWords(what, "and")}.`);
  return `${kind === "not-seen" ? "Not available to us (see the original)" : "Not stated in the procedure"}: ${parts.join(" ")}`;
}

/** The stage's box: its name, who raises it with whom, how fast, copies, posts per agency, what it produces. */
function stageBox(policy: Policy, stage: Stage, missing: Missing[]): string[] {
  const lines = [stage.title ? `${stage.name}: ${stage.title}` : stage.name];
  const from = isStated(stage.raisedBy) ? describeRoles(policy, stage.raisedBy, "short") : undefined;
  const to = isStated(stage.to) ? describeRoles(policy, stage.to, "short", recipientsConjunction(stage)) : undefined;
  if (!isStated(stage.raisedBy)) missing.push({ stage: stage.name, kind: stage.raisedBy.absent, what: "who raises it" });
  if (!isStated(stage.to)) missing.push({ stage: stage.name, kind: stage.to.absent, what: "with whom" });
  if (from && to) lines.push(`${sentenceCase(from)} raises it with ${to}`);
  else if (from) lines.push(`Raised by ${from}`);
  else if (to) lines.push(`Raised with ${to}`);
  if (isStated(stage.copyTo) && stage.copyTo.length > 0) lines.push(`Copied to ${describeRoles(policy, stage.copyTo, "short", "and")}`);
  lines.push(...describeByAgency(policy, stage.byAgency, "short"));
  if (isStated(stage.timescales) && stage.timescales.length > 0)
    for (const t of stage.timescales) {
      lines.push(describeTimescaleBrief(policy, t, { purposeElsewhere: true }));
      if (!isStated(t.for)) missing.push({ stage: stage.name, kind: t.for.absent, what: "what its time limit is for" });
    }
  else if (!isStated(stage.timescales)) missing.push({ stage: stage.name, kind: stage.timescales.absent, what: "how fast" });
  const produces = describeStageOutputsBrief(stage);
  if (produces) lines.push(produces);
  if (!stage.replyExpected) lines.push(reportStageText);
  return lines;
}

function noteLines(policy: Policy, action: SideAction): string[] {
  const lines = [action.title];
  const when = describeSideActionWhen(policy, action);
  if (when) lines.push(sentenceCase(when));
  if (action.address) lines.push(action.address);
  if (action.timescale) lines.push(describeTimescale(policy, action.timescale));
  return lines;
}

/** Outcomes that lead to the same place share one arrow: "Not resolved or no reply in time". */
function groupOutcomes(outcomes: readonly Outcome[]): { next: Next; outcomes: Outcome[] }[] {
  const groups: { next: Next; outcomes: Outcome[] }[] = [];
  for (const o of outcomes) {
    const key = JSON.stringify(o.next);
    const group = groups.find((g) => JSON.stringify(g.next) === key);
    if (group) group.outcomes.push(o);
    else groups.push({ next: o.next, outcomes: [o] });
  }
  return groups;
}

/** "Resolved: no further action", for each way out that ends the escalation. */
function endLines(outcomes: Stage["outcomes"]): string[] {
  if (!isStated(outcomes)) return [];
  return groupOutcomes(outcomes)
    .filter((g) => g.next.kind === "end")
    .map((g) => `${joinOutcomes(g.outcomes)}: no further action`);
}

const edgeWords = (outcome: Outcome) => (outcome.result === "no-reply" ? "No reply in time" : describeOutcome(outcome, "full"));

/** "Not resolved or no reply in time": the first outcome as it starts a label, the rest mid-sentence. */
const joinOutcomes = (outcomes: readonly Outcome[]) =>
  outcomes.map((o, i) => (i === 0 ? edgeWords(o) : edgeWords(o).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()))).join(" or ");

function trackChart(policy: Policy, track: Track): TrackChart {
  const lines: string[] = [
    `%% Flowchart of ${policy.id}, procedure ${track.id}, generated by escalation-kit from the policy.`,
    "flowchart TB",
    // Black on white, told apart by border and line, never by colour alone.
    "  classDef stage stroke-width:3px",
    "  classDef note stroke-dasharray:4 3",
  ];
  const used = new Set<ChartSymbol>();
  const missing: Missing[] = [];
  const ids = new Map<string, string>();
  const node = (key: string, prefix: string) => {
    let id = ids.get(key);
    if (!id) {
      id = `${prefix}${ids.size}`;
      ids.set(key, id);
    }
    return id;
  };
  const stages = stagesOf(track);
  const inTrack = new Set(stages.map((s) => s.id));
  // When every stage whose outcomes are known ends the escalation once resolved, the key
  // says so once instead of every box.
  const known = stages.filter((s) => isStated(s.outcomes));
  const resolvedEndsAll =
    known.length > 1 &&
    known.every((s) => isStated(s.outcomes) && s.outcomes.some((o) => o.result === "resolved" && !o.name && o.next.kind === "end"));
  const endLinesOf = (outcomes: Stage["outcomes"]) => {
    const lines = endLines(outcomes).filter((line) => !(resolvedEndsAll && line === "Resolved: no further action"));
    if (lines.length > 0) used.add("end");
    return lines;
  };
  const placedMeetings = new Set<string>();
  let ends = 0;

  const target = (next: Next): string => {
    switch (next.kind) {
      case "end": {
        // Only reached by a route or a meeting's last resort; stages and meetings say it in their box.
        const id = `end${ends++}`;
        lines.push(`  ${id}([${label(["No further action"])}])`);
        return id;
      }
      case "final":
        return node("final", "f");
      case "stage":
        return node(`stage:${next.id}`, "s");
      case "meeting":
        return node(`meeting:${next.id}`, "m");
    }
  };
  // Ways out that end the escalation are the box's last line ("Resolved: no further
  // action"), not an arrow: mermaid's layout would put each such end beside the next
  // stage and push the ladder sideways one step at a time (see the README).
  const arrows = (from: string, outcomes: readonly Outcome[]) => {
    for (const group of groupOutcomes(outcomes).filter((g) => g.next.kind !== "end")) {
      const to = target(group.next);
      const dotted = group.outcomes.every((o) => o.result === "no-reply");
      // "Not resolved" alone is the ladder's own way on: a plain arrow, explained once in the key.
      if (group.outcomes.every((o) => o.result === "not-resolved" && !o.name)) {
        used.add("plain");
        lines.push(`  ${from} --> ${to}`);
        continue;
      }
      used.add(dotted ? "dotted" : "solid");
      lines.push(`  ${from} ${dotted ? "-.->" : "-->"}|${label([joinOutcomes(group.outcomes)], { width: 24 })}| ${to}`);
    }
  };

  // Where it starts: its ways in, or one start.
  const entries = policy.entryPoints.filter((e) => inTrack.has(e.stageId));
  const start = node("start", "a");
  used.add("start");
  if (entries.length > 0) {
    entries.forEach((entry, i) => {
      const words = describeEntryPoint(policy, entry);
      const id = i === 0 ? start : node(`entry:${entry.id}`, "e");
      lines.push(`  ${id}([${label([`Way in: ${words.title}`, ...(isStated(entry.when) ? [entry.when] : [])])}])`);
      used.add("plain");
      lines.push(`  ${id} --> ${node(`stage:${entry.stageId}`, "s")}`);
    });
  } else {
    const raisers = isStated(track.raisedBy) ? describeRoles(policy, track.raisedBy, "short") : undefined;
    lines.push(`  ${start}([${label([raisers ? `Start: ${raisers} raises a concern` : "Start: a concern is raised"])}])`);
    if (stages[0]) {
      used.add("plain");
      lines.push(`  ${start} --> ${node(`stage:${stages[0].id}`, "s")}`);
    }
  }

  if (!isStated(track.stages)) {
    const gap = node("missing", "n");
    lines.push(`  ${gap}[${label([describeStagesAbsent(track.stages.absent)])}]`, `  ${start} --> ${gap}`);
    used.add("plain");
    used.add("guessed");
    lines.push(`  ${gap} -.-> ${target({ kind: "final" })}`);
  }

  for (const stage of stages) {
    const id = node(`stage:${stage.id}`, "s");
    used.add("stage");
    lines.push(
      `  ${id}[${label([...stageBox(policy, stage, missing), ...endLinesOf(stage.outcomes)], { heading: true })}]`,
      `  class ${id} stage`,
    );
    if (stage.repeat) {
      used.add("dotted");
      lines.push(`  ${id} -.->|${label([describeRepeat(stage)!], { width: 24 })}| ${id}`);
    }
    for (const meeting of policy.meetings)
      if (meeting.duringStageId === stage.id) {
        used.add("dotted");
        lines.push(`  ${id} -.-> ${node(`meeting:${meeting.id}`, "m")}`);
      }
    if (isStated(stage.outcomes)) arrows(id, stage.outcomes);
    else {
      // Not shown in the source: the ladder goes on to the next stage, dashed and unlabelled; the key says why.
      missing.push({ stage: stage.name, kind: stage.outcomes.absent, what: "what happens after it" });
      const following = stages[stage.index + 1];
      used.add("guessed");
      lines.push(`  ${id} -.-> ${following ? node(`stage:${following.id}`, "s") : target({ kind: "final" })}`);
    }
  }

  // Meetings reached from this track sit where their arrows put them: between the stages.
  const placeMeetings = () => {
    for (const meeting of policy.meetings) {
      const mid = ids.get(`meeting:${meeting.id}`);
      if (!mid || placedMeetings.has(meeting.id)) continue;
      placedMeetings.add(meeting.id);
      used.add("meeting");
      const attendees = isStated(meeting.attendees) ? [`With ${describeRoles(policy, meeting.attendees, "short", "and")}`] : [];
      const kind = meeting.optional ? "Meeting, if held" : "Meeting";
      const title = /^meeting\b/i.test(meeting.title) && !meeting.optional ? meeting.title : `${kind}: ${meeting.title}`;
      lines.push(`  ${mid}(${label([title, ...attendees, ...endLinesOf(meeting.outcomes)], { heading: true })})`);
      arrows(mid, meeting.outcomes);
    }
  };
  placeMeetings();

  const finalId = ids.get("final");
  if (finalId) {
    used.add("final");
    const failure = track.whenLastStageFails;
    // Where the failure leads to a meeting, the meeting's box says who meets; the whole
    // summary is in the steps below the chart.
    const text = !isStated(failure)
      ? `What happens then: ${describeAbsenceBrief(failure.absent)}`
      : failure.meetingId
        ? "A meeting (below)"
        : failure.summary;
    lines.push(`  ${finalId}[/${label(["If the last stage does not resolve it", text], { width: 44 })}/]`);
    if (isStated(failure) && failure.meetingId) {
      used.add("plain");
      lines.push(`  ${finalId} --> ${target({ kind: "meeting", id: failure.meetingId })}`);
      placeMeetings();
    }
  }

  // Routes of this track: a flag with a dotted arrow to where it goes. A flag with no stage
  // of this chart to point at says where it goes, and joins the column beside the ladder
  // (below the notes), instead of standing alone in the top row and widening the chart.
  const unjoined: string[] = [];
  routesOf(policy, track).forEach((route, i) => {
    used.add("route");
    const id = `r${i}`;
    const when = isStated(route.when) ? [route.when] : [];
    const drawnTo = isStated(route.toStage) && route.toStage.kind === "stage" && inTrack.has(route.toStage.stageId);
    const goesTo = isStated(route.toStage) && !drawnTo ? [`Goes to ${describeRouteTarget(policy, route.toStage)}`] : [];
    lines.push(
      `  ${id}>${label([`${route.kind === "emergency" ? "Emergency" : "Skip stages"}: ${route.title}`, ...when, ...goesTo], { width: 44 })}]`,
    );
    if (drawnTo && isStated(route.toStage) && route.toStage.kind === "stage") {
      used.add("dotted");
      lines.push(`  ${id} -.-> ${node(`stage:${route.toStage.stageId}`, "s")}`);
    } else unjoined.push(id);
  });

  // Actions beside one stage sit beside it. Those at several stages, or any, and the
  // advisers share one note by the start that says where each applies: one box, not lines
  // from each note to every stage across the chart.
  const general: string[] = [];
  policy.sideActions.forEach((action, i) => {
    const here = action.at === "any" ? [] : action.at.filter((s) => inTrack.has(s));
    if (action.at !== "any" && here.length === 0) return;
    used.add("note");
    if (here.length !== 1) {
      const [title, ...rest] = noteLines(policy, action);
      general.push(`${sentenceCase(describeSideActionAt(policy, action))}: ${title}`, ...rest);
      return;
    }
    const id = `x${i}`;
    lines.push(`  ${id}[[${label(noteLines(policy, action), { width: 30 })}]]`, `  class ${id} note`);
    // Joined from the note to the stage, so the layout puts the note level with the stage
    // before it, where the ladder leaves room, rather than widening the row below.
    lines.push(`  ${id} -.- ${node(`stage:${here[0]!}`, "s")}`);
  });
  const advisers = describeAdvisers(policy);
  if (advisers && track === policy.tracks[0]) {
    used.add("note");
    general.push(advisers);
  }
  if (general.length > 0) lines.push(`  xs[[${label(general, { width: 34 })}]]`, "  class xs note", `  ${start} -.- xs`);
  // Invisible links (~~~) only order the side column; nothing is drawn.
  unjoined.reduce(
    (above, id) => {
      lines.push(`  ${above} ~~~ ${id}`);
      return id;
    },
    general.length > 0 ? "xs" : start,
  );

  const order: ChartSymbol[] = ["start", "stage", "meeting", "end", "final", "route", "note", "plain", "solid", "dotted", "guessed"];
  const symbols = order.filter((s) => used.has(s)).map((s) => chartSymbolWords[s]);
  if (resolvedEndsAll)
    symbols.unshift(
      known.length === stages.length
        ? "Every stage, once resolved: no further action."
        : "Every stage whose outcomes are known, once resolved: no further action.",
    );
  const notStated = describeMissing(missing, "not-stated");
  const notSeen = describeMissing(missing, "not-seen");
  return {
    trackId: track.id,
    title: track.title,
    source: `${lines.join("\n")}\n`,
    key: {
      symbols,
      ...(notStated ? { notStated } : {}),
      ...(notSeen ? { notSeen } : {}),
    },
  };
}

export function generateFlowchart(policy: Policy): Flowchart {
  return { charts: policy.tracks.map((track) => trackChart(policy, track)), outline: generateFlowchartOutline(policy) };
}

/** Every chart's source of a policy, for the renderer and the size check. */
export function flowchartSources(flowchart: Flowchart): string[] {
  return flowchart.charts.map((c) => c.source);
}
