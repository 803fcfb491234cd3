import type { PartialDate } from "./policy-model.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD (already checked for form by the schema) into the
 * days it spans. Returns undefined for a day that is not on the calendar (2023-02-30).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { text, precision: "year", first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { text, precision: "month", first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  return { text, precision: "day", first: text, last: text };
}
