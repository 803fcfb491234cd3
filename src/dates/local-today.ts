/**
 * Today's date where the user is (YYYY-MM-DD), not in UTC: a record filled in at 00:30 in
 * summer is dated the day the user sees on their calendar.
 */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
