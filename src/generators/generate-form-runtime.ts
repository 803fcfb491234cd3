/**
 * Policy model -> what the form island needs at run time besides its schema: how each
 * stage's respond-by date is counted, what the policy says about each stage, where side
 * actions apply, the IRO notices and the emergency route. Made here, not in the page, so
 * that it is tested against golden files like every other generated artifact.
 */
import { isStated, jurisdictions, type Jurisdiction, type Policy, type Stage, type Timescale } from "../compiler/policy-model.ts";
import {
  allStages,
  describeAbsence,
  describeLimit,
  describeEmergencyInstead,
  describeNext,
  describeOutcome,
  describeStartPoint,
  describeTimescale,
  reportStageText,
  stagesAbsence,
} from "./describe-policy.ts";
import { describeStageGuide } from "./generate-form-schema.ts";
import { describeAgencyRecipient } from "./describe-agency-recipients.ts";
import { dueTimescale } from "./due-timescale.ts";
import type { DueUnit } from "../dates/compute-due-date.ts";
import { listBankHolidayNames } from "../dates/bank-holidays.ts";
import { formEmergency } from "./generate-form-schema.ts";
import { changeAffectsRecord } from "../diff/change-affects-record.ts";
import { diffPolicies } from "../diff/diff-policies.ts";

/** How the respond-by date of one stage is counted, or why the form cannot count it. */
export interface FormStageTimescale {
  /** What the date is: "Reply due by", "Stage to be completed by", "To be resolved by". */
  readonly label: string;
  /** The policy's words for the time limit. */
  readonly words: string;
  /** The amount and unit the form counts in; absent when it cannot date the reply. */
  readonly count?: { readonly amount: number; readonly unit: DueUnit | "days" };
  /** The day counting starts from: this stage's date raised, the first stage's, or another stage's. */
  readonly from:
    { readonly kind: "stage-raised" } | { readonly kind: "concern-raised" } | { readonly kind: "stage"; readonly stageId: string };
  /** A statement of why there is no date, when `count` is absent. */
  readonly cannotDate?: string;
  /** A note shown with the date about how it was counted, where the policy leaves a choice to the form. */
  readonly note?: string;
  /** What the policy says happens when no reply comes in time, shown once the date has passed. */
  readonly ifNoReply?: string;
}

export interface FormRuntime {
  /** By stage id: how its respond-by date is counted, or why it has none. */
  readonly timescales: Readonly<Record<string, FormStageTimescale>>;
  /** Whether the form must ask how to count "days" the policy does not qualify. */
  readonly asksHowDaysCount: boolean;
  readonly stageGuides: Readonly<Record<string, readonly string[]>>;
  readonly sideActionRules: Readonly<
    Record<
      string,
      {
        readonly at: "any" | readonly string[];
        readonly childStatus?: readonly string[];
        readonly raisedBy?: readonly string[];
        readonly notResolved?: boolean;
        readonly on?: "escalation-raised" | "stage-raised" | "resolved";
      }
    >
  >;
  readonly notify: readonly {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly address?: string;
    readonly statuses: readonly string[];
  }[];
  /**
   * The emergency route the form screens for: the answer field that stops the form, what
   * the route is and when it applies, and what to do instead of filling in the form (its
   * steps, contacts and clock, or that the policy gives none), with where it is set out.
   */
  readonly emergency: {
    readonly field: "imminentSignificantHarm" | "urgentRoute";
    readonly title: string;
    readonly when: string;
    readonly instead: readonly string[];
    /** The route on the protocol page, relative to the form page. */
    readonly procedureLink: string;
  } | null;
  /** By stage id, then agency: whom that agency raises it with there, added to the stage guide once the agency is chosen. */
  readonly agencyGuides: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By stage output id: the stage that produces it; the form shows its place once a record is at that stage. */
  readonly outputStages: Readonly<Record<string, string>>;
  /** By entry point id: the stage it starts at, which the form sets as the first stage record's. */
  readonly entryStages: Readonly<Record<string, string>>;
  /** Why no stage can be dated, when the policy lists no stages (they were not stated or not seen). */
  readonly unlistedStages?: string;
}

function formTimescale(policy: Policy, stage: Stage): FormStageTimescale | undefined {
  const due = dueTimescale(stage);
  if (!due) return undefined;
  const { timescale: t, label } = due;
  const words = describeTimescale(policy, t);
  const cannot = (cannotDate: string): FormStageTimescale => ({ label, words, from: { kind: "stage-raised" }, cannotDate });

  // With no start in the policy, the stage's own date raised is used, and said so (fromNote).
  if (isStated(t.from) && (t.from.kind === "event" || t.from.kind === "meeting")) {
    return cannot(`Counted from ${describeStartPoint(policy, t.from)}, which this form does not record: work the date out from that day.`);
  }
  const from: FormStageTimescale["from"] = !isStated(t.from)
    ? { kind: "stage-raised" }
    : t.from.kind === "concern-raised"
      ? { kind: "concern-raised" }
      : t.from.kind === "stage"
        ? { kind: "stage", stageId: t.from.stageId }
        : { kind: "stage-raised" };
  const fromNote = !isStated(t.from) ? "The policy does not say from when; counted from the date raised at this stage." : undefined;

  const limit = t.limit;
  if (limit.kind === "uncounted") {
    if (limit.unit === "immediately" || limit.unit === "same-day")
      return { label, words, from, count: { amount: 0, unit: limit.unit }, ...(fromNote ? { note: fromNote } : {}) };
    return cannot(`The policy gives no date: ${describeLimit(limit)}.`);
  }
  if (!isStated(limit.amount)) return cannot(`The number of ${limit.unit.replace(/-/g, " ")} is ${describeAbsence(limit.amount.absent)}.`);
  const note = [fromNote, limit.unit === "working-weeks" ? "A working week is counted as 5 working days." : undefined]
    .filter(Boolean)
    .join(" ");
  return { label, words, from, count: { amount: limit.amount, unit: limit.unit }, ...(note ? { note } : {}) };
}

export function generateFormRuntime(policy: Policy): FormRuntime {
  const stages = allStages(policy);
  const timescales = Object.fromEntries(
    stages.flatMap((s) => {
      const t = formTimescale(policy, s);
      const noReply = isStated(s.outcomes) ? s.outcomes.find((o) => o.result === "no-reply") : undefined;
      if (t)
        return [
          [s.id, noReply ? { ...t, ifNoReply: `${describeOutcome(noReply, "condition")}: ${describeNext(policy, noReply.next)}` } : t],
        ];
      // No reply time: say why, rather than date another limit as the reply.
      if (!s.replyExpected)
        return [[s.id, { label: "Reply", words: reportStageText, from: { kind: "stage-raised" }, cannotDate: reportStageText }]];
      if (isStated(s.timescales) && s.timescales.length > 0) {
        const others = s.timescales.map((t) => describeTimescale(policy, t)).join("; ");
        return [
          [
            s.id,
            {
              label: "Due",
              words: others,
              from: { kind: "stage-raised" },
              cannotDate: `The policy gives no time for a reply or to complete this stage (its limits: ${others}).`,
            },
          ],
        ];
      }
      return [];
    }),
  ) as Record<string, FormStageTimescale>;
  const asksHowDaysCount = Object.values(timescales).some((t) => t.count?.unit === "days");

  const screened = formEmergency(policy);
  const absentStages = stagesAbsence(policy);
  return {
    ...(stages.length === 0 && absentStages
      ? {
          unlistedStages:
            absentStages === "not-seen"
              ? "The policy's stages and their timescales were not available to us, so no date can be worked out"
              : "The policy does not set out its stages or their timescales, so no date can be worked out",
        }
      : {}),
    timescales,
    asksHowDaysCount,
    stageGuides: Object.fromEntries(stages.map((s) => [s.id, describeStageGuide(policy, s)])),
    agencyGuides: Object.fromEntries(
      stages
        .filter((s) => s.byAgency.length > 0)
        .map((s) => [s.id, Object.fromEntries(s.byAgency.map((a) => [a.agency, describeAgencyRecipient(policy, s, a.agency)!]))]),
    ),
    outputStages: Object.fromEntries(stages.flatMap((s) => s.outputs.map((o) => [o.id, s.id]))),
    entryStages: Object.fromEntries(policy.entryPoints.map((e) => [e.id, e.stageId])),
    sideActionRules: Object.fromEntries(
      policy.sideActions.map((a) => [
        a.id,
        {
          at: a.at,
          ...(a.when?.childStatus ? { childStatus: a.when.childStatus } : {}),
          ...(a.when?.raisedBy ? { raisedBy: a.when.raisedBy } : {}),
          ...(a.when?.notResolved !== undefined ? { notResolved: a.when.notResolved } : {}),
          ...(a.on ? { on: a.on } : {}),
        },
      ]),
    ),
    notify: policy.sideActions
      .filter((a) => a.when?.childStatus)
      .map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        ...(a.address ? { address: a.address } : {}),
        statuses: [...(a.when!.childStatus ?? [])],
      })),
    emergency: screened
      ? { field: screened.field, ...describeEmergencyInstead(policy, screened.route), procedureLink: `../#route-${screened.route.id}` }
      : null,
  };
}

/** Records can be about escalations years back; 2010 on covers any record still open or audited. */
export const firstBankHolidayYear = 2010;

/**
 * The bank holidays the form skips, per nation, as plain lists of days: the policy's own
 * nation, or every UK nation when it does not say (the form then asks which applies).
 * `toYear` is set by the build (ten years ahead), so the lists go on working after it.
 */
/** Per nation, each bank holiday's date and name: the form skips them and says which it skipped. */
export function generateFormBankHolidays(policy: Policy, toYear: number): Record<string, Readonly<Record<string, string>>> {
  const nations: readonly Jurisdiction[] = isStated(policy.area.jurisdiction) ? [policy.area.jurisdiction] : jurisdictions;
  return Object.fromEntries(nations.map((n) => [n, listBankHolidayNames(n, firstBankHolidayYear, toYear)]));
}

/**
 * What changed since each other revision of the policy, in so far as it bears on a form
 * record: a draft saved under another revision opens on this one with these listed.
 */
export function generateFormRevisionNotes(
  policy: Policy,
  others: readonly Policy[],
): Record<string, { readonly version: string; readonly changes: readonly string[] }> {
  return Object.fromEntries(
    others
      .filter((other) => other !== policy)
      .map((other) => [
        other.revisionId,
        {
          version: other.revision.version,
          changes: diffPolicies(other, policy)
            .filter(changeAffectsRecord)
            .map((c) => c.summary),
        },
      ]),
  );
}
