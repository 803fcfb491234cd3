/**
 * Plain-English phrases for parts of the Policy model, shared by the protocol page,
 * flowchart, text outline and briefing so that they always word a fact the same way.
 */
import {
  isStated,
  type PartialDate,
  type Policy,
  type RecordEntry,
  type Role,
  type Stage,
  type Stated,
  type Timescale,
  type Track,
} from "../compiler/policy-model.ts";

export const notStatedText = "not stated in the source";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function describeDate(date: Stated<PartialDate>): string {
  if (!isStated(date)) return notStatedText;
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
  if (role.kind === "relative") return `their ${name}`;
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
    : notStatedText;
}

const unitWords: Record<string, [string, string]> = {
  "working-days": ["working day", "working days"],
  "calendar-days": ["calendar day", "calendar days"],
  hours: ["hour", "hours"],
  weeks: ["week", "weeks"],
};

export function describeDuration(t: Pick<Timescale, "amount" | "unit">): string {
  if (t.unit === "same-day") return "the same day";
  if (t.unit === "immediately") return "immediately";
  const [one, many] = unitWords[t.unit] ?? [t.unit, t.unit];
  return `${t.amount} ${t.amount === 1 ? one : many}`;
}

const actionWords: Record<Timescale["for"], string> = {
  response: "reply",
  resolution: "resolve it",
  escalation: "escalate",
  completion: "complete the stage",
  notification: "notify",
  contact: "make contact",
};

const startWords: Record<string, string> = {
  "concern-raised": "of the disagreement arising",
  "stage-raised": "of the escalation being raised",
  "previous-stage-ended": "of the previous stage ending",
};

/** "ATM to reply within 5 working days of the escalation being raised". */
export function describeTimescale(policy: Policy, t: Timescale): string {
  const who = isStated(t.who) ? `${roleLabel(policy, t.who)} to ${actionWords[t.for]}` : `To ${actionWords[t.for]}`;
  const within = t.unit === "immediately" ? "immediately" : t.unit === "same-day" ? "the same day" : `within ${describeDuration(t)}`;
  const from = isStated(t.from)
    ? ` ${startWords[t.from]}`
    : t.unit === "immediately" || t.unit === "same-day"
      ? ""
      : " (the source does not say from when)";
  const condition = t.when?.priority
    ? ` when the priority is ${policy.priorities.find((p) => p.id === t.when?.priority)?.title ?? t.when.priority}`
    : "";
  return `${who} ${within}${from}${condition}`;
}

/** "ATM to reply within 5 working days": for the chart and the briefing, where space is short. */
export function describeTimescaleBrief(policy: Policy, t: Timescale): string {
  const who = isStated(t.who) ? `${roleLabel(policy, t.who)} to ${actionWords[t.for]}` : `To ${actionWords[t.for]}`;
  const within = t.unit === "immediately" ? "immediately" : t.unit === "same-day" ? "the same day" : `within ${describeDuration(t)}`;
  return `${who} ${within}`;
}

export function describeStageTimescales(policy: Policy, stage: Stage): string[] {
  return isStated(stage.timescales) ? stage.timescales.map((t) => describeTimescale(policy, t)) : [`Timescale ${notStatedText}`];
}

/** "Stage 2" or "Formal Stage One: Escalation to Assistant Team Manager (ATM)". */
export function stageHeading(stage: Stage): string {
  return stage.title ? `${stage.name}: ${stage.title}` : stage.name;
}

/** One thing to record, with where when the policy says: "The decision (the child's file)". */
export function describeRecordEntry(entry: RecordEntry): string {
  return isStated(entry.where) ? `${entry.what} (${entry.where})` : entry.what;
}

export function findStage(policy: Policy, id: string): { stage: Stage; track: Track } | undefined {
  for (const track of policy.tracks) {
    const stage = track.stages.find((s) => s.id === id);
    if (stage) return { stage, track };
  }
  return undefined;
}

export function describeStated(value: Stated<string>): string {
  return isStated(value) ? value : notStatedText;
}
