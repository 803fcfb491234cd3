/**
 * Dates in words, as every page, the form, its record and the worked examples write them.
 * One formatter of each kind per process: making an Intl.DateTimeFormat costs far more
 * than using one, and a build of 1,000 revisions asked for tens of thousands.
 */
const utc = (iso: string): Date => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

const withWeekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const withYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const withoutYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** "Friday, 16 September 2022". */
export function formatLongDate(iso: string): string {
  return withWeekday.format(utc(iso));
}

/** "16 September 2022", of a date or of a moment (taken in UTC). */
export function formatDayMonthYear(date: string | Date): string {
  return withYear.format(typeof date === "string" ? utc(date) : date);
}

/** "16 September". */
export function formatDayMonth(iso: string): string {
  return withoutYear.format(utc(iso));
}
