/**
 * Respond-by dates for escalation stages. Pure functions on ISO dates, so the same code
 * runs in the form (browser), the PDF and the tests.
 *
 * Counting follows GOV.UK's rule: "N working days from D" does not count D itself; the
 * due date is the Nth weekday after D that is not a bank holiday.
 */

/** Units a date can be counted in; "days" the policy does not qualify are first resolved to one of the day units. */
export type DueUnit = "working-days" | "calendar-days" | "hours" | "working-weeks" | "weeks" | "months" | "same-day" | "immediately";

export interface DueDate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM, for hours-based timescales only. */
  readonly time?: string;
}

/** The bank holidays a count skips: a set of dates, or a map from date to the holiday's name. */
export type HolidayDays = { has(iso: string): boolean };

const msPerDay = 86_400_000;

function toUtc(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not a date: ${iso}`);
  // setUTCFullYear, because Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a date: ${iso}`);
  return date;
}

const fromUtc = (date: Date) => date.toISOString().slice(0, 10);

export function isWorkingDay(iso: string, bankHolidays: HolidayDays): boolean {
  const day = toUtc(iso).getUTCDay();
  return day !== 0 && day !== 6 && !bankHolidays.has(iso);
}

export function addCalendarDays(iso: string, days: number): string {
  return fromUtc(new Date(toUtc(iso).getTime() + days * msPerDay));
}

/** The same day of the month `months` later, or that month's last day when it is shorter (31 January + 1 month = 28 or 29 February). */
export function addCalendarMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()];
  // setUTCFullYear, as in toUtc; day 0 of the next month is the last day of this one.
  const last = new Date(0);
  last.setUTCFullYear(year, month + 1, 0);
  const target = new Date(0);
  target.setUTCFullYear(year, month, Math.min(day, last.getUTCDate()));
  return fromUtc(target);
}

export function addWorkingDays(iso: string, days: number, bankHolidays: HolidayDays): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number, not ${days}`);
  let current = iso;
  let counted = 0;
  while (counted < days) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, bankHolidays)) counted++;
  }
  return current;
}

/**
 * When a stage is due. `start` is the day (and, for hours, the time) of the event the
 * timescale counts from. A fractional number of working days rounds up: a deadline is
 * never earlier than the policy allows.
 */
export function computeDueDate(
  timescale: { readonly amount?: number; readonly unit: DueUnit },
  start: { readonly date: string; readonly time?: string },
  bankHolidays: HolidayDays,
): DueDate {
  const amount = timescale.amount ?? 0;
  switch (timescale.unit) {
    case "working-days":
      return { date: addWorkingDays(start.date, Math.ceil(amount), bankHolidays) };
    case "calendar-days":
      return { date: addCalendarDays(start.date, Math.ceil(amount)) };
    case "working-weeks":
      // A working week is five working days.
      return { date: addWorkingDays(start.date, Math.ceil(amount * 5), bankHolidays) };
    case "weeks":
      return { date: addCalendarDays(start.date, Math.ceil(amount * 7)) };
    case "months":
      return { date: addCalendarMonths(start.date, Math.ceil(amount)) };
    case "same-day":
    case "immediately":
      return { date: start.date, ...(start.time ? { time: start.time } : {}) };
    case "hours": {
      const [hours, minutes] = (start.time ?? "00:00").split(":").map(Number);
      const at = new Date(toUtc(start.date).getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000 + amount * 3_600_000);
      return { date: fromUtc(at), time: at.toISOString().slice(11, 16) };
    }
  }
}

/** A due date has passed when today is after it (the due day itself is still in time). */
export function isOverdue(due: DueDate, today: string): boolean {
  return today > due.date;
}
