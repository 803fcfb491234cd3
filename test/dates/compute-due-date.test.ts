import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listBankHolidays } from "../../src/dates/bank-holidays.ts";
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  computeDueDate,
  isOverdue,
  isWorkingDay,
} from "../../src/dates/compute-due-date.ts";

const england = new Set(listBankHolidays("england", 2015, 2035));
const wales = new Set(listBankHolidays("wales", 2015, 2035));
const scotland = new Set(listBankHolidays("scotland", 2015, 2035));
const northernIreland = new Set(listBankHolidays("northern-ireland", 2015, 2035));
const wd = (from: string, n: number, holidays: ReadonlySet<string>) =>
  computeDueDate({ amount: n, unit: "working-days" }, { date: from }, holidays).date;

describe("bank holidays from date-holidays", () => {
  it("holds one-off holidays: the Queen's funeral, the coronation, the platinum jubilee", () => {
    for (const day of ["2022-09-19", "2023-05-08", "2022-06-02", "2022-06-03"]) expect(england.has(day), day).toBe(true);
  });

  it("holds substitute days and leaves out the weekend date and observances", () => {
    expect(england.has("2021-12-27")).toBe(true);
    expect(england.has("2021-12-28")).toBe(true);
    expect(england.has("2021-12-25")).toBe(false); // a Saturday
    expect(england.has("2022-03-27")).toBe(false); // Mother's Day, an observance
  });

  it("differs by nation", () => {
    expect(scotland.has("2024-04-01")).toBe(false); // no Easter Monday in Scotland
    expect(england.has("2024-04-01")).toBe(true);
    expect(scotland.has("2022-11-30")).toBe(true); // St Andrew's Day
    expect(northernIreland.has("2022-03-17")).toBe(true); // St Patrick's Day
    expect(northernIreland.has("2022-07-12")).toBe(true); // Battle of the Boyne
    expect(england.has("2022-07-12")).toBe(false);
    expect([...wales].filter((d) => d >= "2022-01-01" && d <= "2022-12-31")).toEqual(
      [...england].filter((d) => d >= "2022-01-01" && d <= "2022-12-31"),
    );
  });
});

describe("working-day deadlines at known dates", () => {
  it.each([
    ["5 working days over the Queen's funeral", "2022-09-16", 5, england, "2022-09-26"],
    ["1 working day over the coronation", "2023-05-05", 1, england, "2023-05-09"],
    ["5 working days over Christmas and New Year with substitute days", "2021-12-23", 5, england, "2022-01-04"],
    ["1 working day over Easter in England", "2024-03-28", 1, england, "2024-04-02"],
    ["1 working day over Easter in Scotland (no Easter Monday)", "2024-03-28", 1, scotland, "2024-04-01"],
    ["1 working day over Scotland's New Year, with two substitute days", "2021-12-31", 1, scotland, "2022-01-05"],
    ["1 working day over St Patrick's Day in Northern Ireland", "2022-03-16", 1, northernIreland, "2022-03-18"],
    ["1 working day over the Twelfth in Northern Ireland", "2022-07-11", 1, northernIreland, "2022-07-13"],
    ["5 working days from a Monday with no holiday", "2024-03-04", 5, england, "2024-03-11"],
    ["1 working day from a Friday", "2024-03-08", 1, england, "2024-03-11"],
    ["1 working day from a Saturday", "2024-03-09", 1, england, "2024-03-11"],
  ])("%s", (_, from, n, holidays, expected) => {
    expect(wd(from, n, holidays)).toBe(expected);
  });

  it("gives hours-based timescales a date and a time", () => {
    expect(computeDueDate({ amount: 24, unit: "hours" }, { date: "2024-03-04", time: "09:30" }, england)).toEqual({
      date: "2024-03-05",
      time: "09:30",
    });
    expect(computeDueDate({ amount: 48, unit: "hours" }, { date: "2024-02-28", time: "17:00" }, england)).toEqual({
      date: "2024-03-01",
      time: "17:00",
    });
  });

  it("counts calendar days, weeks, same day and immediately", () => {
    expect(computeDueDate({ amount: 10, unit: "calendar-days" }, { date: "2024-12-24" }, england).date).toBe("2025-01-03");
    expect(computeDueDate({ amount: 2, unit: "weeks" }, { date: "2024-12-24" }, england).date).toBe("2025-01-07");
    expect(computeDueDate({ unit: "same-day" }, { date: "2024-12-24" }, england)).toEqual({ date: "2024-12-24" });
    expect(computeDueDate({ unit: "immediately" }, { date: "2024-12-24", time: "10:00" }, england)).toEqual({
      date: "2024-12-24",
      time: "10:00",
    });
  });

  it("flags overdue only after the due day", () => {
    expect(isOverdue({ date: "2024-03-11" }, "2024-03-11")).toBe(false);
    expect(isOverdue({ date: "2024-03-11" }, "2024-03-12")).toBe(true);
  });

  it("rejects impossible dates rather than guessing", () => {
    expect(() => addWorkingDays("2023-02-30", 1, england)).toThrow(RangeError);
    expect(() => addWorkingDays("2024-03-04", -1, england)).toThrow(RangeError);
  });
});

describe("working-day properties (fast-check)", () => {
  const day = fc.integer({ min: 0, max: 365 * 18 }).map((n) => addCalendarDays("2016-01-01", n));
  const calendars = fc.constantFrom(england, scotland, northernIreland);

  it("lands on a working day after the start, with exactly N working days in between", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), calendars, (start, n, holidays) => {
        const due = addWorkingDays(start, n, holidays);
        expect(due > start).toBe(true);
        expect(isWorkingDay(due, holidays)).toBe(true);
        let count = 0;
        for (let d = addCalendarDays(start, 1); d <= due; d = addCalendarDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
        expect(count).toBe(n);
      }),
      { numRuns: 400 },
    );
  });

  it("is monotonic and additive: N+M working days is M working days after N", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), calendars, (start, n, m, holidays) => {
        expect(addWorkingDays(start, n + m, holidays)).toBe(addWorkingDays(addWorkingDays(start, n, holidays), m, holidays));
        expect(addWorkingDays(start, n + 1, holidays) > addWorkingDays(start, n, holidays)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never falls more than N + 2 weeks of calendar days later (no runaway counting)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), calendars, (start, n, holidays) => {
        const due = addWorkingDays(start, n, holidays);
        const span = (new Date(due).getTime() - new Date(start).getTime()) / 86_400_000;
        expect(span).toBeLessThanOrEqual(Math.ceil((n * 7) / 5) + 14);
      }),
      { numRuns: 300 },
    );
  });
});

describe("working weeks and months", () => {
  it("counts a working week as five working days, skipping bank holidays", () => {
    // Friday 16 September 2022: the state funeral on Monday the 19th is skipped.
    expect(computeDueDate({ amount: 1, unit: "working-weeks" }, { date: "2022-09-16" }, england).date).toBe("2022-09-26");
    expect(computeDueDate({ amount: 2, unit: "working-weeks" }, { date: "2025-01-06" }, england).date).toBe("2025-01-20");
  });

  it("counts months to the same day, or the last day of a shorter month", () => {
    expect(addCalendarMonths("2025-01-15", 1)).toBe("2025-02-15");
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(computeDueDate({ amount: 3, unit: "months" }, { date: "2025-03-31" }, england).date).toBe("2025-06-30");
  });
});
