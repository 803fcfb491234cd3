/**
 * How a due date was counted, as data: where counting started and which days were not
 * counted. Pure, beside computeDueDate, so the form, its print view and the PDF explain
 * the date with the same days the count used. Words are src/form/describe-due-date.ts.
 */
import { addCalendarDays, isWorkingDay, type DueDate, type DueUnit } from "./compute-due-date.ts";

/** A day a working-day count left out: a weekend day, or a bank holiday with its name. */
export interface SkippedDay {
  readonly date: string;
  readonly holiday?: string;
}

export interface DueExplanation {
  readonly amount: number;
  readonly unit: DueUnit;
  readonly start: { readonly date: string; readonly time?: string };
  readonly due: DueDate;
  /** For working days and working weeks: the days between the start and the due date that were not counted. */
  readonly skipped: readonly SkippedDay[];
}

/** The days after `start` up to `due` that a working-day count passes over, in order. */
function skippedDays(start: string, due: string, bankHolidays: ReadonlyMap<string, string>): SkippedDay[] {
  const days: SkippedDay[] = [];
  for (let day = addCalendarDays(start, 1); day <= due; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, bankHolidays)) continue;
    const holiday = bankHolidays.get(day);
    days.push(holiday ? { date: day, holiday } : { date: day });
  }
  return days;
}

export function explainDueDate(
  timescale: { readonly amount?: number; readonly unit: DueUnit },
  start: { readonly date: string; readonly time?: string },
  due: DueDate,
  bankHolidays: ReadonlyMap<string, string>,
): DueExplanation {
  const counted = timescale.unit === "working-days" || timescale.unit === "working-weeks";
  return {
    amount: timescale.amount ?? 0,
    unit: timescale.unit,
    start,
    due,
    skipped: counted ? skippedDays(start.date, due.date, bankHolidays) : [],
  };
}
