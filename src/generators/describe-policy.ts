/**
 * Plain-English phrases for parts of the Policy model, shared by the protocol page,
 * flowchart, text outline, briefing, form and "what changed" page so that they always
 * word a fact the same way. Nothing else words a fact about a policy.
 */
import {
  isStated,
  stagesOf,
  type AbsenceKind,
  type CountedUnit,
  type Doubt,
  type Doubts,
  type Force,
  type Limit,
  type Next,
  type Condition,
  type Outcome,
  type OutcomeResult,
  type Route,
  type RouteTarget,
  type OverallLimit,
  type PartialDate,
  type Policy,
  type RecordEntry,
  type Role,
  type SideAction,
  type Stage,
  type StartPoint,
  type Stated,
  type Timescale,
  type Track,
  type UncountedLimit,
} from "../compiler/policy-model.ts";

export const notStatedText = "not stated in the procedure";
export const notSeenText = "not available to us: see the original";

/** The words for a missing fact, by why it is missing. */
export function describeAbsence(kind: AbsenceKind): string {
  return kind === "not-seen" ? notSeenText : notStatedText;
}

/** The short form for boxes and one-line summaries (the chart, the briefing): "not stated" or "not available to us". */
export function describeAbsenceBrief(kind: AbsenceKind): string {
  return kind === "not-seen" ? "not available to us" : "not stated";
}

/** Why the policy lists no stages, when a track's stages are not stated or not seen. */
export function stagesAbsence(policy: Policy): AbsenceKind | undefined {
  const absent = policy.tracks.map((t) => t.stages).find((stages) => !isStated(stages));
  return absent && !isStated(absent) ? absent.absent : undefined;
}

export function describeStated(value: Stated<string>): string {
  return isStated(value) ? value : describeAbsence(value.absent);
}

/** How a reader knows the property a doubt is about; others are spelt out from their name. */
const propertyWords: Record<string, string> = {
  jurisdiction: "the nation",
  name: "the name",
  owner: "the owner",
  title: "the title",
  date: "the date",
  to: "who it is raised with",
  raisedBy: "who raises it",
  with: "who takes part",
  mayInvolve: "who may be involved",
  timescales: "the timescales",
  amount: "the number",
  unit: "the unit",
  from: "when it is counted from",
  for: "what it is for",
  who: "who acts",
  force: "how binding it is",
  methods: "how",
  record: "what to record",
  where: "where it is recorded",
  outcomes: "the outcomes",
  stages: "the stages",
  abbreviation: "the abbreviation",
  formality: "whether it is formal",
  effective: "the date it took effect",
  published: "the date it was published",
  eachAgency: "whether each agency escalates at once",
  send: "what to send",
  instead: "where it goes instead",
  attendees: "who attends",
  decidedBy: "who decides",
  toStage: "the stage it goes to",
  at: "the stages it applies at",
  by: "who does it",
  text: "the wording",
  label: "the label",
  covers: "what it covers",
  alsoCalled: "its other names",
  appliesTo: "what it applies to",
};

export function describeProperty(property: string): string {
  return propertyWords[property] ?? `the ${property.replace(/([A-Z])/g, " $1").toLowerCase()}`;
}

/** "Our reading of an unclear passage (the unit): ..." or "From outside the procedure: ...". */
export function describeDoubt(doubt: Doubt): string {
  const kind = doubt.kind === "unclear" ? "Our reading of an unclear passage" : "From outside the procedure";
  return `${kind}${doubt.about ? ` (${describeProperty(doubt.about)})` : ""}: ${doubt.note}`;
}

export function describeDoubts(doubts: Doubts): string[] {
  return doubts.map(describeDoubt);
}

/** Every doubt anywhere in a policy, for pages that cannot show each beside its fact. */
export function collectDoubts(policy: Policy): Doubt[] {
  const found: Doubt[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "doubts" && Array.isArray(value)) found.push(...(value as Doubt[]));
      else walk(value);
    }
  };
  walk(policy);
  return found;
}

/** Where a page (the one-page briefing) cannot show each doubt: how many there are and where they are. */
export function describeDoubtCount(doubts: Doubts): string | undefined {
  const unclear = doubts.filter((d) => d.kind === "unclear").length;
  const outside = doubts.length - unclear;
  if (doubts.length === 0) return undefined;
  const parts = [
    unclear > 0 ? `${unclear} ${unclear === 1 ? "rests" : "rest"} on our reading of an unclear passage` : "",
    outside > 0 ? `${outside} ${outside === 1 ? "comes" : "come"} from outside the procedure` : "",
  ].filter(Boolean);
  return `Of the facts in this policy, ${parts.join(" and ")}. The full protocol shows each beside its fact.`;
}

/** The doubts about one property of an object (`about`), or about the whole object when `about` is left out. */
export function doubtsAbout(doubts: Doubts, about?: string): Doubts {
  return doubts.filter((d) => d.about === about);
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function describeDate(date: Stated<PartialDate>): string {
  if (!isStated(date)) return describeAbsence(date.absent);
  const [year, month, day] = date.text.split("-");
  if (date.precision === "year") return year!;
  const monthName = months[Number(month) - 1]!;
  return date.precision === "month" ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function findRole(policy: Policy, id: string): Role | undefined {
  return policy.roles.find((r) => r.id === id);
}

/** Short label: the abbreviation where the source uses one, else the title; relative roles read as "their line manager". */
export function roleLabel(policy: Policy, id: string, form: "short" | "long" = "short"): string {
  const role = findRole(policy, id);
  if (!role) return id;
  const name = form === "short" && role.abbreviation ? role.abbreviation : role.title;
  // "the other practitioner" already says whose; "their the other practitioner" would not read.
  if (role.kind === "relative") return /^(the|their|a|an)\b/i.test(name) ? name : `their ${name}`;
  return form === "long" && role.abbreviation ? `${role.title} (${role.abbreviation})` : name;
}

export function joinWords(items: readonly string[], conjunction = "or"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

export function describeRoles(policy: Policy, ids: Stated<readonly string[]>, form: "short" | "long" = "long", conjunction = "or"): string {
  return isStated(ids)
    ? joinWords(
        ids.map((id) => roleLabel(policy, id, form)),
        conjunction,
      )
    : describeAbsence(ids.absent);
}

/** Ends a text as a sentence, without doubling its own full stop ("to stage four.."). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "in force from 3 June 2024", or why that date is not known. */
export function describeInForceFrom(date: Stated<PartialDate>): string {
  return isStated(date) ? `in force from ${describeDate(date)}` : `date in force ${describeAbsence(date.absent)}`;
}

/** Upper-cases the first letter, for phrases that start a sentence or a list item. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- force -------------------------------------------------------------------------------

/** The source's own word for how binding something is, as shown in tags: "must", "is expected". */
export function describeForce(force: Stated<Force>): string {
  if (!isStated(force)) return force.absent === "not-seen" ? "force not available to us" : "force not stated";
  return force;
}

// --- timescales ----------------------------------------------------------------------------

const unitWords: Record<CountedUnit, [string, string]> = {
  "working-days": ["working day", "working days"],
  "calendar-days": ["calendar day", "calendar days"],
  days: ["day", "days"],
  hours: ["hour", "hours"],
  "working-weeks": ["working week", "working weeks"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
};

const limitWords: Record<UncountedLimit, string> = {
  immediately: "immediately",
  "same-day": "the same day",
  "without-delay": "without delay",
  "as-soon-as-possible": "as soon as possible",
  "reasonable-time": "within a reasonable time",
  "agreed-case-by-case": "within a time agreed case by case",
};

export function describeAmount(amount: number, unit: CountedUnit): string {
  const [one, many] = unitWords[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/**
 * The length of a limit alone: "5 working days", "the same day", "a time agreed case by
 * case". "days" the source does not qualify are said as written, with the doubt.
 */
export function describeLimit(limit: Limit): string {
  if (limit.kind === "uncounted") return limitWords[limit.unit].replace(/^within /, "");
  const amount = isStated(limit.amount)
    ? describeAmount(limit.amount, limit.unit)
    : `a number of ${unitWords[limit.unit][1]} (${describeAbsence(limit.amount.absent)})`;
  return limit.unit === "days" ? `${amount} (the procedure does not say working or calendar days)` : amount;
}

/** "within 5 working days", "in no more than 15 working days", "without delay". */
function limitPhrase(t: Timescale): string {
  if (t.limit.kind === "uncounted") return limitWords[t.limit.unit];
  const length = describeLimit(t.limit);
  const also = t.alsoStatedAs ? ` (also given as ${describeAmount(t.alsoStatedAs.amount, t.alsoStatedAs.unit)})` : "";
  const bounded = t.bound === "no-more-than" ? `in no more than ${length}${also}` : `within ${length}${also}`;
  return t.asSoonAsPossible ? `as soon as possible and ${bounded}` : bounded;
}

const actionWords: Record<Exclude<Timescale["for"], { absent: AbsenceKind }>, string> = {
  response: "reply",
  resolution: "resolve it",
  escalation: "escalate",
  completion: "complete the stage",
  notification: "notify",
  contact: "make contact",
};

/** How a force reads before a verb: "must reply", "is expected to reply", "to reply". */
const forceVerbs: Record<Force, string> = {
  must: "must",
  should: "should",
  may: "may",
  expected: "is expected to",
  encouraged: "is encouraged to",
};

export function describeStartPoint(policy: Policy, from: StartPoint): string {
  switch (from.kind) {
    case "concern-raised":
      return "the disagreement arising";
    case "stage-raised":
      return "the escalation being raised";
    case "previous-stage-ended":
      return "the previous stage ending";
    case "event":
      return from.event;
    case "stage":
      return `${findStage(policy, from.stageId)?.stage.name ?? from.stageId} being raised`;
    case "meeting":
      return policy.meetings.find((m) => m.id === from.meetingId)?.title ?? from.meetingId;
  }
}

/** Limits that are a point in time ("immediately") have no start to count from. */
const counts = (t: Timescale) => t.limit.kind === "counted" || t.limit.unit === "reasonable-time";

/** `purposeElsewhere`: an unstated "what for" is said once elsewhere (the chart's key), not here. */
function subject(policy: Policy, t: Timescale, purposeElsewhere = false): string {
  const verb = isStated(t.force) ? forceVerbs[t.force] : "to";
  if (!isStated(t.for)) {
    if (purposeElsewhere) return isStated(t.who) ? `${roleLabel(policy, t.who)}, time limit:` : "Time limit:";
    const purpose = `what for: ${describeAbsence(t.for.absent)}`;
    return isStated(t.who) ? `${roleLabel(policy, t.who)}, ${purpose}:` : `Time limit (${purpose}):`;
  }
  const action = actionWords[t.for];
  if (isStated(t.who)) return `${roleLabel(policy, t.who)} ${verb} ${action}`;
  // Without a subject, "is expected to reply" reads as "Expected to reply".
  return sentenceCase(verb === "to" ? `to ${action}` : `${verb.replace(/^is /, "")} ${action}`);
}

function condition(policy: Policy, t: Timescale): string {
  if (!t.when?.priority) return "";
  return ` when the priority is ${policy.priorities.find((p) => p.id === t.when?.priority)?.title ?? t.when.priority}`;
}

/** "ATM must reply within 5 working days of the escalation being raised". */
export function describeTimescale(policy: Policy, t: Timescale): string {
  const sooner = t.orSooner ? `, or ${t.orSooner.alternative}${t.orSooner.whicheverIsLess ? ", whichever is less" : ""}` : "";
  return `${subject(policy, t)} ${describeDeadline(policy, t)}${sooner}${condition(policy, t)}`;
}

/**
 * "within 10 working days of the escalation being raised": a limit without who or what,
 * for something that is its own subject (an output, a way in).
 */
export function describeDeadline(policy: Policy, t: Timescale): string {
  const from = !counts(t)
    ? ""
    : isStated(t.from)
      ? ` of ${describeStartPoint(policy, t.from)}`
      : t.from.absent === "not-seen"
        ? ` (from when: ${notSeenText})`
        : " (the procedure does not say from when)";
  return `${limitPhrase(t)}${from}`;
}

/**
 * "ATM must reply within 5 working days": for the chart and the briefing, where space is
 * short. `purposeElsewhere` when the caller says an unstated "what for" itself (the chart's key).
 */
export function describeTimescaleBrief(policy: Policy, t: Timescale, options: { purposeElsewhere?: boolean } = {}): string {
  const sooner = t.orSooner ? `, or ${t.orSooner.alternative}` : "";
  return `${subject(policy, t, options.purposeElsewhere)} ${limitPhrase(t)}${sooner}`;
}

/**
 * How a stage's several recipients are joined: "and" (all of them), "or" (one of them),
 * "then" (in order), and "and/or" where the source does not say, so the site never claims
 * either reading for it.
 */
export function recipientsConjunction(stage: Stage): string {
  switch (stage.recipients) {
    case "all":
      return "and";
    case "one-of":
      return "or";
    case "in-order":
      return "then";
    default:
      return "and/or";
  }
}

/** "ATM → TM", "Raiser not stated → HoS": who raises a stage and with whom, for the chart and the briefing. */
export function describeStagePartiesBrief(policy: Policy, stage: Stage): string {
  const from = isStated(stage.raisedBy)
    ? describeRoles(policy, stage.raisedBy, "short")
    : `Raiser ${describeAbsenceBrief(stage.raisedBy.absent)}`;
  const to = isStated(stage.to)
    ? describeRoles(policy, stage.to, "short", recipientsConjunction(stage))
    : `recipient ${describeAbsenceBrief(stage.to.absent)}`;
  const copies = describeCopyTo(policy, stage, "short");
  return `${from} → ${to}${copies ? `, copying ${copies}` : ""}`;
}

/** Who is sent a copy at a stage ("TM, ATM and SW"), "not stated", or undefined when the policy names none. */
export function describeCopyTo(policy: Policy, stage: Stage, form: "short" | "long" = "long"): string | undefined {
  if (isStated(stage.copyTo) && stage.copyTo.length === 0) return undefined;
  return isStated(stage.copyTo) ? describeRoles(policy, stage.copyTo, form, "and") : describeAbsenceBrief(stage.copyTo.absent);
}

/** A stage's timescales in brief, or "Timescale not stated": for the chart and the briefing. */
export function describeStageTimescalesBrief(policy: Policy, stage: Stage): string[] {
  return isStated(stage.timescales)
    ? stage.timescales.map((t) => describeTimescaleBrief(policy, t))
    : [`Timescale ${describeAbsenceBrief(stage.timescales.absent)}`];
}

/** Each timescale of a stage, or the one phrase for why it has none; callers add their own label. */
export function describeStageTimescales(policy: Policy, stage: Stage): string[] {
  return isStated(stage.timescales)
    ? stage.timescales.map((t) => describeTimescale(policy, t))
    : [describeAbsence(stage.timescales.absent)];
}

// --- stages ----------------------------------------------------------------------------------

/** "Stage 2" or "Formal Stage One: Escalation to Assistant Team Manager (ATM)". */
export function stageHeading(stage: Stage): string {
  return stage.title ? `${stage.name}: ${stage.title}` : stage.name;
}

/** What a stage's missing outcomes mean for a reader. */
export function describeOutcomesAbsent(kind: AbsenceKind): string {
  return kind === "not-seen"
    ? "What happens after this stage was not available to us: see the original."
    : "The procedure does not say what happens after this stage.";
}

/** What a track's missing stages mean for a reader. */
export function describeStagesAbsent(kind: AbsenceKind): string {
  return kind === "not-seen"
    ? "The stages are set out in a part of the procedure that was not available to us: see the original."
    : "The procedure does not set out the stages.";
}

export const reportStageText = "A report: no reply is expected.";

export function describeRepeat(stage: Stage): string | undefined {
  if (!stage.repeat) return undefined;
  return `Repeated ${stage.repeat.description ?? "up the line"} until the issue is resolved.`;
}

/** One thing to record, with where when the policy says: "The decision (the child's file)". */
export function describeRecordEntry(entry: RecordEntry): string {
  return isStated(entry.where) ? `${entry.what} (${entry.where})` : entry.what;
}

/** Where a route goes: "any higher stage", or the stage's name. */
export function describeRouteTarget(policy: Policy, target: RouteTarget): string {
  return target.kind === "any-higher" ? "any higher stage" : (findStage(policy, target.stageId)?.stage.name ?? target.stageId);
}

export function findStage(policy: Policy, id: string): { stage: Stage; track: Track } | undefined {
  for (const track of policy.tracks) {
    const stage = stagesOf(track).find((s) => s.id === id);
    if (stage) return { stage, track };
  }
  return undefined;
}

// --- outcomes, side actions, roles and tracks ---------------------------------------------------

/** The form's option and the page's name for a stage that got no reply in time. */
export const noReplyText = "No reply within the timescale";

const outcomeNames: Record<Exclude<OutcomeResult, "other">, { full: string; brief: string; condition: string }> = {
  resolved: { full: "Resolved", brief: "Yes", condition: "If resolved" },
  "not-resolved": { full: "Not resolved", brief: "No", condition: "If not resolved" },
  "no-reply": { full: noReplyText, brief: "No reply in time", condition: "If no reply comes within the timescale" },
};

/**
 * An outcome's name for a reader: "Resolved", "Not resolved", "No reply within the
 * timescale", or the source's own name for another outcome. `brief` is the chart's edge
 * label, `condition` starts the text twin's line ("If not resolved: …").
 */
export function describeOutcome(outcome: Outcome, form: "full" | "brief" | "condition" = "full"): string {
  if (outcome.result === "other")
    return form === "condition" ? `If ${lowerFirst(outcome.name ?? "another outcome")}` : (outcome.name ?? "Another outcome");
  const named = outcomeNames[outcome.result][form];
  // The source's own name for a standard outcome is kept beside ours, not in its place.
  return outcome.name && form === "full" ? `${named} (${outcome.name})` : named;
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text);

/**
 * Who judges whether a stage resolved the concern: "The Head of QA judges whether it is
 * resolved." or, for several, "It is resolved only when the CPC and the Head of QA are
 * both satisfied."; undefined when the policy file does not say.
 */
export function describeDecidedBy(policy: Policy, stage: Stage): string | undefined {
  if (stage.decidedBy === undefined) return undefined;
  if (!isStated(stage.decidedBy)) return `Who judges whether it is resolved: ${describeAbsence(stage.decidedBy.absent)}`;
  if (stage.decidedBy.length === 1) return `${sentenceCase(roleLabel(policy, stage.decidedBy[0]!, "long"))} judges whether it is resolved.`;
  return `It is resolved only when ${describeRoles(policy, stage.decidedBy, "long", "and")} are ${stage.decidedBy.length === 2 ? "both" : "all"} satisfied.`;
}

/** Where an outcome leads, as a sentence for the protocol page. */
export function describeNext(policy: Policy, next: Next): string {
  switch (next.kind) {
    case "end":
      return "The escalation ends: no further action is needed.";
    case "final":
      return "This was the last stage: see what happens when the last stage fails.";
    case "stage":
      return `Go to ${findStage(policy, next.id)?.stage.name ?? next.id}.`;
    case "meeting":
      return `Go to the meeting: ${policy.meetings.find((m) => m.id === next.id)?.title ?? next.id}.`;
  }
}

export const eachAgencyText =
  "Each agency escalates to this level in its own line at the same time, and the people at this level talk to each other.";

/**
 * When a side action happens: "At any stage", "At Stage 2 or Stage 3", or the event the
 * source ties it to: "When an escalation is raised", "Each time a stage is raised",
 * "When the escalation is resolved", narrowed to its stages when it names them.
 */
export function describeSideActionAt(policy: Policy, action: SideAction): string {
  const stages = action.at === "any" ? undefined : joinWords(action.at.map((id) => findStage(policy, id)?.stage.name ?? id));
  switch (action.on) {
    case "escalation-raised":
      return stages ? `When an escalation is raised at ${stages}` : "When an escalation is raised";
    case "stage-raised":
      return stages ? `Each time ${stages} is raised` : "Each time a stage is raised";
    case "resolved":
      return stages ? `When the escalation is resolved at ${stages}` : "When the escalation is resolved";
    default:
      return stages ? `At ${stages}` : "At any stage";
  }
}

/**
 * Every part of a condition, joined with "and" (each must hold): "if the child is looked
 * after or child protection plan and the issue is not resolved". Nothing a policy can
 * write in a condition is left out. Undefined for no condition.
 */
export function describeCondition(policy: Policy, condition: Condition | undefined): string | undefined {
  if (!condition) return undefined;
  const parts = [
    condition.childStatus && `the child is ${joinWords(condition.childStatus.map((s) => s.replace(/-/g, " ")))}`,
    condition.imminentSignificantHarm !== undefined &&
      (condition.imminentSignificantHarm
        ? "there is a likelihood of imminent significant harm to the child"
        : "there is no likelihood of imminent significant harm to the child"),
    condition.notResolved !== undefined && (condition.notResolved ? "the issue is not resolved" : "the issue is resolved"),
    condition.priority !== undefined &&
      `the concern is ${policy.priorities.find((p) => p.id === condition.priority)?.title ?? condition.priority}`,
    condition.raisedBy && `it is raised by ${describeRoles(policy, condition.raisedBy)}`,
  ].filter((part): part is string => typeof part === "string");
  return parts.length > 0 ? `if ${parts.join(" and ")}` : undefined;
}

/** "if the child is looked after or child protection plan", "if the issue is not resolved", or nothing. */
export function describeSideActionWhen(policy: Policy, action: SideAction): string | undefined {
  return describeCondition(policy, action.when);
}

/**
 * Where a route applies, beyond its own words: the procedure it belongs to (when the
 * policy has several) and the condition the form can test. Undefined when it applies
 * everywhere and always.
 */
export function describeRouteScope(
  policy: Policy,
  route: Route,
  parts: { readonly condition: boolean } = { condition: true },
): string | undefined {
  const track = route.trackId && policy.tracks.length > 1 ? policy.tracks.find((t) => t.id === route.trackId)?.title : undefined;
  const condition = parts.condition ? describeCondition(policy, route.condition) : undefined;
  if (!track && !condition) return undefined;
  return sentenceCase(asSentence([track && `In the ${track} procedure only`, condition].filter(Boolean).join(", ")));
}

/**
 * What to do instead of filling in the form when an emergency route applies: the route's
 * steps, whom to speak to and how fast, and, where the policy gives none of that, that it
 * does not (or that it was not available to us), so the stop never says only "stop".
 */
export function describeEmergencyInstead(policy: Policy, route: Route): { title: string; when: string; instead: string[] } {
  const instead = [
    ...route.steps,
    ...(isStated(route.to) ? [`Speak to ${describeRoles(policy, route.to)} straight away.`] : []),
    ...describeRouteTimescales(policy, route).map((t) => asSentence(`How fast: ${t}`)),
  ];
  // Whom to contact is what a person stopped by the form needs most: its absence is said.
  if (!isStated(route.to)) {
    const what = route.steps.length === 0 ? "whom to contact or what to do" : "whom to contact";
    instead.push(
      route.to.absent === "not-seen"
        ? `${sentenceCase(what)} on this route ${route.steps.length === 0 ? "were" : "was"} not available to us: read the route in the full procedure.`
        : `The procedure does not say ${what} on this route: read it in the full procedure.`,
    );
  }
  // The condition is what stopped the form, so only the procedure it belongs to is added.
  const scope = describeRouteScope(policy, route, { condition: false });
  return {
    title: route.title,
    when: [isStated(route.when) ? asSentence(route.when) : "", scope ?? ""].filter(Boolean).join(" "),
    instead,
  };
}

/** A route's own time limits ("immediately", "within 24 hours"), as the protocol page lists them. */
export function describeRouteTimescales(policy: Policy, route: Route): readonly string[] {
  if (route.timescales === undefined) return [];
  if (!isStated(route.timescales)) return [describeAbsence(route.timescales.absent)];
  return route.timescales.map((t) => describeTimescale(policy, t));
}

const roleKindWords: Record<Role["kind"], string> = {
  post: "Post",
  relative: "Relative to the person raising it",
  group: "Group",
  external: "Outside the area's agencies",
  family: "The child, family or carers (told, not a party to the dispute)",
};

export function describeRoleKind(kind: Role["kind"]): string {
  return roleKindWords[kind];
}

/** "within 20 working days for all the stages together", or said as ambiguous. */
export function describeOverallLimit(policy: Policy, overall: OverallLimit): string {
  const scope =
    overall.appliesTo === "unclear" ? " (the procedure could mean each stage or all of them together)" : " for all the stages together";
  return `${describeTimescale(policy, overall.limit)}${scope}.`;
}

export const otherExamplesText = "The procedure says there are other examples.";
export const noRoutesText = "The procedure describes none.";

/** Every stage of every track, in order. */
export function allStages(policy: Policy): readonly Stage[] {
  return policy.tracks.flatMap(stagesOf);
}
