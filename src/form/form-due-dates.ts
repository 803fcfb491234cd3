/**
 * Works out each stage record's respond-by date from the policy's timescale for that
 * stage. Pure, so the form, the PDF and the tests share it.
 */
import { computeDueDate, isOverdue, type DueDate } from "../dates/compute-due-date.ts";
import { explainDueDate } from "../dates/explain-due-date.ts";
import { formatLongDate } from "../dates/format-long-date.ts";
import { describeDueDate } from "./describe-due-date.ts";
import type { FormStageTimescale } from "../generators/generate-form-runtime.ts";

/** What the form knows about a stage's reply time (made by generateFormRuntime). */
export type StageTimescale = FormStageTimescale;

/** How "days" the policy does not qualify are counted, once the form has asked. */
export type DaysCount = "working" | "calendar";

export interface StageRecord {
  readonly stage?: string;
  readonly dateRaised?: string;
  readonly timeRaised?: string;
  readonly respondBy?: string;
  readonly outcome?: string;
}

export interface StageDue {
  readonly index: number;
  readonly due?: DueDate;
  readonly overdue: boolean;
  /** Why there is no date: no timescale in the policy, or not enough filled in (as an instruction). */
  readonly reason?: string;
  /** The same as a statement, for the printed record, where an instruction would read as an answer. */
  readonly recordText?: string;
  /** How the date was counted, where the policy left a choice (from when, "days" as working or calendar). */
  readonly note?: string;
  /** What the date is for, from the policy: "Reply due by", "Stage to be completed by". */
  readonly label?: string;
  /** Once overdue, what the policy says a missing reply leads to. */
  readonly ifNoReply?: string;
  /** How the date was counted: from which day, how many of what, which days were left out. */
  readonly explanation?: string;
}

/** A real calendar date from year 1000 on: a year still being typed ("202") is not one. */
export function isIsoDate(s: unknown): s is string {
  const match = typeof s === "string" ? /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === s;
}

export function formatDue(due: DueDate): string {
  const day = formatLongDate(due.date);
  return due.time ? `${day} at ${due.time}` : day;
}

/**
 * Each record's due date. The start event is the record's own date raised: for
 * "previous stage ended" that is when this stage was raised after the last one failed,
 * and for "concern raised" the first record's date.
 */
export function computeStageDueDates(
  records: readonly StageRecord[],
  timescales: Readonly<Record<string, StageTimescale | undefined>>,
  /** The bank holidays that apply, by date with their names; empty until the user says whose apply, when the policy does not. */
  bankHolidays: ReadonlyMap<string, string>,
  today: string,
  options: {
    readonly daysCount?: DaysCount;
    /** False while the policy does not say whose bank holidays apply and the user has not chosen. */
    readonly holidaysKnown?: boolean;
    /** A stage's name by id, for a date counted from another stage's. */
    readonly stageName?: (id: string) => string;
    /** Why no stage has a date, when the policy's stages were not stated or not seen (the stage is then typed in words). */
    readonly unlistedStages?: string;
  } = {},
): StageDue[] {
  const firstDate = records.find((r) => isIsoDate(r.dateRaised))?.dateRaised;
  const dateOfStage = (stageId: string) => records.find((r) => r.stage === stageId && isIsoDate(r.dateRaised))?.dateRaised;
  return records.map((record, index) => {
    if (!record.stage) return { index, overdue: false, reason: "Choose the stage", recordText: "Not worked out: no stage chosen" };
    const timescale = Object.hasOwn(timescales, record.stage) ? timescales[record.stage] : undefined;
    if (!timescale) {
      const why = options.unlistedStages ?? "The policy does not state a timescale for this stage";
      return { index, overdue: false, reason: why, recordText: why };
    }
    if (!timescale.count) {
      const why = timescale.cannotDate ?? "The policy gives no date for a reply at this stage";
      return { index, overdue: false, reason: why, recordText: why };
    }
    const from = timescale.from;
    if (from.kind === "stage" && !isIsoDate(dateOfStage(from.stageId))) {
      const why = "Counted from another stage's date raised: add that stage's record with its date";
      return { index, overdue: false, reason: why, recordText: "Not worked out: the stage it is counted from has no date raised" };
    }
    const startDate = from.kind === "concern-raised" ? firstDate : from.kind === "stage" ? dateOfStage(from.stageId) : record.dateRaised;
    if (!isIsoDate(startDate))
      return { index, overdue: false, reason: "Enter the date raised", recordText: "Not worked out: no date raised" };
    let unit = timescale.count.unit;
    if (unit === "days") {
      if (!options.daysCount)
        return {
          index,
          overdue: false,
          reason: "The policy says days without saying working or calendar days: choose how to count them",
          recordText: "Not worked out: the policy does not say working or calendar days, and none was chosen",
        };
      unit = options.daysCount === "working" ? "working-days" : "calendar-days";
    }
    const counted = { amount: timescale.count.amount, unit };
    const time = unit === "hours" ? (record.timeRaised ?? "09:00") : record.timeRaised;
    // A half-typed time ("9:6") gives no date: the field's own check reports it.
    if (time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
      return {
        index,
        overdue: false,
        reason: "Enter the time raised as hours and minutes, like 14:30",
        recordText: "Not worked out: the time raised is not a time of day",
      };
    let due: DueDate;
    try {
      due = computeDueDate(counted, { date: startDate, ...(time ? { time } : {}) }, bankHolidays);
    } catch {
      // Nothing typed may take the form down.
      return {
        index,
        overdue: false,
        reason: "Enter a real date raised",
        recordText: "Not worked out: the date raised is not a real date",
      };
    }
    // Any recorded outcome but "not resolved" closes the record's clock: a reply came, or none did and it moved on.
    const finished = record.outcome !== undefined && record.outcome !== "not-resolved";
    const chosen = timescale.count.unit === "days" ? `Days counted as ${options.daysCount} days, as chosen on this form.` : undefined;
    const note = [timescale.note, chosen].filter(Boolean).join(" ");
    const overdue = !finished && isOverdue(due, today);
    const fromWhat =
      from.kind === "concern-raised"
        ? "the day the first stage was raised"
        : from.kind === "stage"
          ? `the day ${options.stageName?.(from.stageId) ?? "the stage it is counted from"} was raised`
          : "the day this stage was raised";
    const explanation = describeDueDate(
      explainDueDate(counted, { date: startDate, ...(time ? { time } : {}) }, due, bankHolidays),
      fromWhat,
      {
        holidaysKnown: options.holidaysKnown ?? true,
        timeAssumed: unit === "hours" && record.timeRaised === undefined,
      },
    );
    return {
      index,
      due,
      overdue,
      explanation,
      label: timescale.label,
      ...(note ? { note } : {}),
      ...(overdue && timescale.ifNoReply ? { ifNoReply: timescale.ifNoReply } : {}),
    };
  });
}
