/**
 * Every sentence and value the "what changed" page says: how the diff words the values it
 * compares (roles, stages, lists, yes/no, force, doubts), how a stage is named, and the
 * sentences for things added, removed, renamed, moved and changed.
 */
import { isStated, type Condition, type Doubt, type Policy, type Stage, type Timescale, type Track } from "../compiler/policy-model.ts";
import {
  describeAbsence,
  describeCondition,
  describeDoubt,
  describeRoles,
  describeTimescaleBrief,
  findStage,
  joinWords,
  stageHeading,
} from "../generators/describe-policy.ts";
import type { Describe } from "./diff-fields.ts";

export const quoted = (text: string) => `"${text}"`;

/** Long texts (a principle) are cut at a word in the summary; before and after keep them whole. */
export function shorten(text: string, max = 120): string {
  // The text's own full stop is dropped: the summary sentence brings one after the quote.
  const flat = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max).replace(/[,;:.]$/, "")}…`;
}

export const roleList =
  (conjunction: string): Describe =>
  (value, policy) =>
    Array.isArray(value) ? (value.length === 0 ? "none" : describeRoles(policy, value as string[], "long", conjunction)) : undefined;
/** A route's own clock: its limits, "not stated", or "none given" when the policy file gives none. */
export const routeTimescalesWords: Describe = (value, policy) =>
  value === undefined
    ? "none given"
    : Array.isArray(value)
      ? (value as Timescale[]).map((t) => describeTimescaleBrief(policy, t)).join("; ") || "none"
      : undefined;
/** The event a side action is done on, or "a stage" when it is tied to stages. */
export const eventWords: Describe = (value) =>
  value === undefined
    ? "a stage"
    : (
        {
          "escalation-raised": "an escalation being raised",
          "stage-raised": "each stage being raised",
          resolved: "the escalation being resolved",
        } as Record<string, string>
      )[String(value)];
/** A route's or side action's condition, every part of it. */
export const conditionWords: Describe = (value, policy) => describeCondition(policy, value as Condition | undefined) ?? "always";
/** Who judges a stage resolved; a policy file that does not say is said so, not "none". */
export const decidedByWords: Describe = (value, policy) => (value === undefined ? "not said" : roleList("and")(value, policy));
export const textList: Describe = (value) =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value.length === 0 ? "none" : value.join("; ")) : undefined;
export const stageName = (policy: Policy, id: string) => {
  const found = findStage(policy, id);
  return found ? stageLabel(policy, found.stage) : id;
};
export const stageRef: Describe = (value, policy) => {
  if (typeof value === "string") return stageName(policy, value);
  if (value === undefined) return "none";
  // A route's target: a stage, or any higher stage.
  const target = value as { kind?: string; stageId?: string };
  if (target.kind === "any-higher") return "any higher stage";
  return target.kind === "stage" && target.stageId ? stageName(policy, target.stageId) : undefined;
};
export const forceWords: Describe = (value) => (typeof value === "string" ? value : undefined);
export const doubtList: Describe = (value) =>
  Array.isArray(value) ? (value.length === 0 ? "none" : (value as Doubt[]).map(describeDoubt).join("; ")) : undefined;
export const yesNo =
  (yes: string, no: string): Describe =>
  (value) =>
    typeof value === "boolean" ? (value ? yes : no) : undefined;

/**
 * How a stage is named at the start of a summary: "Stage 2 (Team Manager)", or with a dash
 * when the title has brackets of its own ("Formal Stage One – Escalation to Assistant Team
 * Manager (ATM)"). A stage of a track other than the policy's first is placed in its
 * track, since stage names repeat across tracks ("Stage 1" in each).
 */
export function stageLabel(policy: Policy, stage: Stage): string {
  const name = !stage.title ? stage.name : stage.title.includes("(") ? `${stage.name} – ${stage.title}` : `${stage.name} (${stage.title})`;
  return `${name}${inTrack(policy, stage)}`;
}

export function inTrack(policy: Policy, stage: Stage): string {
  const track = policy.tracks.find((t) => t.id === stage.trackId);
  return track && policy.tracks[0] !== track ? ` in ${quoted(track.title)}` : "";
}

// --- sentences -------------------------------------------------------------------------------

/** `Role "IRO" added.`, `Category "Placement" added to "Issues".` */
export const describeAdded = (thing: string, name: string, where = "") => `${thing} ${quoted(name)} added${where}.`;
/** `Meeting "Review" removed.`, `Stage "Stage 5" removed in "Concerns".` */
export const describeRemoved = (thing: string, name: string, where = "") => `${thing} ${quoted(name)} removed${where}.`;
/** `Track "Escalation" renamed "Challenge".` */
export const describeRenamed = (thing: string, was: string, now: string, where = "") =>
  `${thing} ${quoted(was)} renamed ${quoted(now)}${where}.`;
/** A thing whose only name is its text: `Principle added: "Record every decision".` */
export const describeTextAdded = (thing: string, text: string) => `${thing} added: ${quoted(shorten(text))}.`;
export const describeTextRemoved = (thing: string, text: string) => `${thing} removed: ${quoted(shorten(text))}.`;
/** `Title changed from "A" to "B".` */
export const describeChangedFromTo = (what: string, was: string, now: string) => `${what} changed from ${quoted(was)} to ${quoted(now)}.`;

/** A thing's fields as one clause: "who raises it is now stated: "IRO"", "purpose changed". */
export function describeFieldChange(named: string, was: string, now: string, absent: { was: boolean; now: boolean }): string {
  // A short value is quoted in the sentence; a long one is left to `before` and `after`.
  const short = (text: string) => text.length <= 100;
  if (absent.was) return `${named} is now stated${short(now) ? `: ${quoted(shorten(now))}` : ""}`;
  if (absent.now) return `${named} is no longer stated${short(was) ? ` (it was ${quoted(shorten(was))})` : ""}`;
  return short(was) && short(now) ? `${named} changed from ${quoted(shorten(was))} to ${quoted(shorten(now))}` : `${named} changed`;
}

/** `Stage 2 (Team Manager): moved earlier, from position 3 to position 2.` */
export const describeMoved = (label: string, direction: "earlier" | "later", from: string, to: string) =>
  `${label}: moved ${direction}, from ${from} to ${to}.`;

/** What the nation's change means for counting working days. */
export function describeJurisdictionChange(was: string | undefined, now: string | undefined): string {
  if (was === undefined) return `The policy now says it applies in ${now}, whose bank holidays are skipped when working days are counted.`;
  if (now === undefined)
    return `The policy no longer says which nation it applies in (it said ${was}), so which bank holidays to skip when counting working days is not known.`;
  return `Jurisdiction changed from ${was} to ${now}, which decides the bank holidays skipped when working days are counted.`;
}

/** The timescale sentences: the usual case is one timescale getting longer or shorter. */
export const describeTimescaleLength = (label: string, was: string, now: string) => `${label}: timescale changed from ${was} to ${now}.`;
export const describeTimescaleNowStated = (label: string, now: string) => `${label}: a timescale is now stated (${now}).`;
export const describeTimescaleNoLongerStated = (label: string, was: string) =>
  `${label}: the timescale is no longer stated (it was ${was}).`;
export const describeTimescaleChanged = (label: string, was: string, now: string) =>
  `${label}: timescale changed from ${quoted(was)} to ${quoted(now)}.`;

/** How a stage's recipients read in a summary, with "in each agency at once" where it applies. */
export const eachAgencyWords = "in each agency at once";

export function describeRecipients(policy: Policy, stage: Stage): string {
  const who = describeRoles(policy, stage.to);
  return stage.eachAgency && isStated(stage.to) ? `${who}, ${eachAgencyWords}` : who;
}

/** Says only what changed: the recipients, whether it happens in each agency at once, or both. */
export function describeRecipientChange(older: Policy, newer: Policy, before: Stage, after: Stage, label: string): string {
  if (!isStated(before.to)) return `${label}: who it is raised with is now stated (${describeRecipients(newer, after)}).`;
  if (!isStated(after.to)) return `${label}: who it is raised with is no longer stated (it was ${describeRecipients(older, before)}).`;
  const [was, now] = [describeRoles(older, before.to), describeRoles(newer, after.to)];
  const sameRoles = JSON.stringify(before.to) === JSON.stringify(after.to);
  if (sameRoles && after.eachAgency) return `${label}: now raised with ${now} ${eachAgencyWords}, not in one agency only.`;
  if (sameRoles) return `${label}: now raised with ${now} in one agency only, no longer ${eachAgencyWords}.`;
  if (before.eachAgency === after.eachAgency) {
    return `${label}: now raised with ${now} instead of ${was}${after.eachAgency ? `, ${eachAgencyWords}` : ""}.`;
  }
  const [whoBefore, whoAfter] = [describeRecipients(older, before), describeRecipients(newer, after)];
  return `${label}: now raised with ${whoAfter}${after.eachAgency ? "," : ""} instead of ${whoBefore}.`;
}

export function describeTrackStages(track: Track): string {
  if (!isStated(track.stages)) return `its stages ${describeAbsence(track.stages.absent)}`;
  const count = track.stages.length;
  return `with ${count} ${count === 1 ? "stage" : "stages"}: ${joinWords(track.stages.map(stageHeading), "and")}`;
}

/** One changed detail of a contact: "renamed "X"", "email a@b added", "phone 1 changed from 1 to 2". */
export function describeContactPart(field: "who" | "email" | "phone", was: string | undefined, now: string | undefined): string {
  // `who` is required, so a contact is only ever renamed, never loses its name.
  if (field === "who") return `renamed ${quoted(now!)}`;
  if (was === undefined) return `${field} ${now} added`;
  if (now === undefined) return `${field} ${was} removed`;
  return `${field} changed from ${was} to ${now}`;
}

export const describeContactChange = (who: string, parts: readonly string[]) => `Contact ${quoted(who)}: ${joinWords(parts, "and")}.`;
