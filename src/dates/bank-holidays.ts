/**
 * Bank holidays of each UK nation, from the maintained `date-holidays` dataset (never a
 * hand-typed list). Computed at build time and embedded in the form page as a plain
 * list of days, so the browser needs neither the library nor its data for every country.
 */
import Holidays from "date-holidays";
import type { Jurisdiction } from "../compiler/policy-model.ts";

/** date-holidays' GB subdivisions; Wales shares England's bank holidays but has its own code. */
const subdivision: Record<Jurisdiction, string> = {
  england: "ENG",
  wales: "WLS",
  scotland: "SCT",
  "northern-ireland": "NIR",
};

const isWeekend = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

// date-holidays works each year out afresh, and slowly (a form page asks for 4 nations
// over 15 years): a build of 1,000 revisions spent 40% of its time there. A year's days
// off never change within a process, so each nation's calendar and each year's days are
// worked out once.
const calendars = new Map<Jurisdiction, Holidays>();
const years = new Map<string, readonly (readonly [string, string])[]>();

/** One year's weekday public holidays, in the dataset's order. */
function daysOffIn(jurisdiction: Jurisdiction, year: number): readonly (readonly [string, string])[] {
  const key = `${jurisdiction} ${year}`;
  const known = years.get(key);
  if (known) return known;
  let calendar = calendars.get(jurisdiction);
  if (!calendar) {
    calendar = new Holidays("GB", subdivision[jurisdiction]);
    calendars.set(jurisdiction, calendar);
  }
  const days: (readonly [string, string])[] = [];
  for (const holiday of calendar.getHolidays(year) || []) {
    if (holiday.type !== "public" && holiday.type !== "bank") continue;
    const iso = holiday.date.slice(0, 10);
    if (!isWeekend(iso)) days.push([iso, holiday.name]);
  }
  years.set(key, days);
  return days;
}

/**
 * The days off in the given years, each with its name ("Queen Elizabeth's Funeral Day",
 * "Christmas Day (substitute day)"), in date order. The dataset also lists observances
 * (Mother's Day) and the weekend date of a holiday that moves to a substitute weekday;
 * only public holidays that fall on a weekday are days off.
 */
export function listBankHolidayNames(jurisdiction: Jurisdiction, fromYear: number, toYear: number): Record<string, string> {
  const days = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++) {
    // Two holidays on one day keep the first name: the day is off once.
    for (const [iso, name] of daysOffIn(jurisdiction, year)) if (!days.has(iso)) days.set(iso, name);
  }
  return Object.fromEntries([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The days off (YYYY-MM-DD, sorted) in the given years. */
export function listBankHolidays(jurisdiction: Jurisdiction, fromYear: number, toYear: number): string[] {
  return Object.keys(listBankHolidayNames(jurisdiction, fromYear, toYear));
}
