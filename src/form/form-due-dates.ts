/**
 * Works out each stage record's respond-by date from the policy's timescale for that
 * stage. Pure, so the form, the PDF and the tests share it.
 */
import { computeDueDate, isOverdue, type DueDate, type DueUnit } from "../dates/compute-due-date.ts";

/** What the form needs to know about a stage's timescale: the first one the policy gives. */
export interface StageTimescale {
  readonly amount?: number;
  readonly unit: DueUnit;
  readonly from: string;
  readonly words: string;
}

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
}

/** A real calendar date from year 1000 on: a year still being typed ("202") is not one. */
export function isIsoDate(s: unknown): s is string {
  const match = typeof s === "string" ? /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === s;
}

export function formatDue(due: DueDate): string {
  const [y, m, d] = due.date.split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
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
  bankHolidays: ReadonlySet<string>,
  today: string,
): StageDue[] {
  const firstDate = records.find((r) => isIsoDate(r.dateRaised))?.dateRaised;
  return records.map((record, index) => {
    if (!record.stage) return { index, overdue: false, reason: "Choose the stage", recordText: "Not worked out: no stage chosen" };
    const timescale = Object.hasOwn(timescales, record.stage) ? timescales[record.stage] : undefined;
    if (!timescale)
      return {
        index,
        overdue: false,
        reason: "The policy does not state a timescale for this stage",
        recordText: "The policy does not state a timescale for this stage",
      };
    const startDate = timescale.from === "concern-raised" ? firstDate : record.dateRaised;
    if (!isIsoDate(startDate))
      return { index, overdue: false, reason: "Enter the date raised", recordText: "Not worked out: no date raised" };
    const time = timescale.unit === "hours" ? (record.timeRaised ?? "09:00") : record.timeRaised;
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
      due = computeDueDate(timescale, { date: startDate, ...(time ? { time } : {}) }, bankHolidays);
    } catch {
      // Nothing typed may take the form down.
      return {
        index,
        overdue: false,
        reason: "Enter a real date raised",
        recordText: "Not worked out: the date raised is not a real date",
      };
    }
    const finished = record.outcome === "resolved" || record.outcome === "escalated";
    return { index, due, overdue: !finished && isOverdue(due, today) };
  });
}
