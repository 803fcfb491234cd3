/**
 * "How this date was counted", in words, for the form's respond-by dates, its print view
 * and the PDF: from which day, how many of what, and which weekends and bank holidays (by
 * name) a working-day count left out.
 */
import { addCalendarDays } from "../dates/compute-due-date.ts";
import type { DueExplanation, SkippedDay } from "../dates/explain-due-date.ts";
import { formatDayMonth as dayMonth, formatDayMonthYear as dayMonthYear, formatLongDate } from "../dates/format-long-date.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Weekend days in runs: a Saturday followed by its Sunday reads "the weekend of 17 and 18 September 2022". */
function describeSkipped(days: readonly SkippedDay[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day.holiday) {
      parts.push(`${formatLongDate(day.date)}, a bank holiday (${day.holiday})`);
      continue;
    }
    const next = days[i + 1];
    const isSaturday = new Date(`${day.date}T00:00:00Z`).getUTCDay() === 6;
    if (isSaturday && next && !next.holiday && next.date === addCalendarDays(day.date, 1)) {
      const sameMonth = day.date.slice(0, 7) === next.date.slice(0, 7);
      parts.push(`the weekend of ${sameMonth ? day.date.slice(8).replace(/^0/, "") : dayMonth(day.date)} and ${dayMonthYear(next.date)}`);
      i++;
    } else parts.push(`${formatLongDate(day.date)} (weekend)`);
  }
  return parts;
}

/**
 * `fromWhat`: the day counting starts from, in words ("the day this stage was raised").
 * `holidaysKnown`: false until the user has said whose bank holidays apply, and then none are left out.
 * `timeAssumed`: an hours count started at 09:00 because no time raised was entered.
 */
export function describeDueDate(
  explanation: DueExplanation,
  fromWhat: string,
  options: { readonly holidaysKnown: boolean; readonly timeAssumed?: boolean },
): string {
  const { amount, unit, start } = explanation;
  const from = `${formatLongDate(start.date)}, ${fromWhat}`;
  switch (unit) {
    case "working-days":
    case "working-weeks": {
      const count =
        unit === "working-days"
          ? plural(amount, "working day")
          : `${plural(amount, "working week")} (${plural(amount * 5, "working day")})`;
      const skipped = describeSkipped(explanation.skipped);
      const left = skipped.length > 0 ? ` Not counted: ${skipped.join("; ")}.` : " No weekend or bank holiday fell in that time.";
      const holidays = options.holidaysKnown ? "" : " Bank holidays are not left out until you choose whose bank holidays apply.";
      return `${count} from ${from}, not counting that day.${left}${holidays}`;
    }
    case "calendar-days":
      return `${plural(amount, "calendar day")} from ${from}, not counting that day; weekends and bank holidays count.`;
    case "weeks":
      return `${plural(amount, "week")} (${plural(amount * 7, "day")}) from ${from}; weekends and bank holidays count.`;
    case "months":
      return `${plural(amount, "month")} from ${from}: the same day of the month, or the last day of a shorter month.`;
    case "hours": {
      const time = options.timeAssumed ? `${start.time} (no time raised was entered, so 09:00 is assumed)` : start.time;
      return `${plural(amount, "hour")} from ${time} on ${from}; nights, weekends and bank holidays count.`;
    }
    case "same-day":
      return `The policy says the same day: ${from}.`;
    case "immediately":
      return `The policy says immediately: the form shows ${from}, and cannot give a time.`;
  }
}
