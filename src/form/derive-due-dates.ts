/**
 * Every stage record's respond-by date for the answers so far, with the bank holidays
 * that apply: the policy's nation, or the one the user chose where the policy names none.
 * Pure, so the form, the record it prints and the tests work out the same dates.
 */
import type { RJSFSchema } from "@rjsf/utils";
import { formRecordKeys } from "../generators/form-record-paths.ts";
import { computeStageDueDates, type DaysCount, type StageDue, type StageRecord, type StageTimescale } from "./form-due-dates.ts";

export interface DueDateRules {
  readonly schema: RJSFSchema;
  readonly timescales: Readonly<Record<string, StageTimescale>>;
  /** Bank holidays per nation (YYYY-MM-DD to the holiday's name), embedded at build time. */
  readonly bankHolidays: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The policy's nation; null when it names none and the form asks. */
  readonly jurisdiction: string | null;
  /** Why no stage has a date, when the policy lists no stages. */
  readonly unlistedStages?: string;
}

export interface DueDateAnswers {
  readonly stages?: readonly StageRecord[];
  /** The nation chosen on the form, when the policy names none. */
  readonly bankHolidays?: string;
  readonly daysCount?: DaysCount;
}

export interface DueDates {
  /** Whose bank holidays are left out; null until the user chooses, where the policy does not say. */
  readonly jurisdiction: string | null;
  readonly dues: readonly StageDue[];
}

/** The stages' names by id, as the form offers them, for a date counted from another stage. */
function stageTitles(schema: RJSFSchema): Map<string, string> {
  const stage = (schema.properties?.[formRecordKeys.stages] as RJSFSchema | undefined)?.items as RJSFSchema | undefined;
  const options = ((stage?.properties?.stage as RJSFSchema | undefined)?.oneOf ?? []) as { const?: unknown; title?: string }[];
  return new Map(options.map((o) => [String(o.const), o.title ?? String(o.const)]));
}

export function deriveDueDates(rules: DueDateRules, answers: DueDateAnswers, today: string): DueDates {
  const jurisdiction = rules.jurisdiction ?? answers.bankHolidays ?? null;
  const holidays = new Map(
    Object.entries(jurisdiction && Object.hasOwn(rules.bankHolidays, jurisdiction) ? rules.bankHolidays[jurisdiction]! : {}),
  );
  const titles = stageTitles(rules.schema);
  const dues = computeStageDueDates(answers.stages ?? [], rules.timescales, holidays, today, {
    daysCount: answers.daysCount,
    unlistedStages: rules.unlistedStages,
    holidaysKnown: jurisdiction !== null,
    stageName: (id) => titles.get(id) ?? id,
  });
  return { jurisdiction, dues };
}
