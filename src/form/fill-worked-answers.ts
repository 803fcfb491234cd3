/**
 * The answers after a change, with what the form works out kept in step: each record's
 * respond-by date follows its stage and date, and a category of disagreement that no
 * longer applies once the raiser's role changes is dropped (it would be hidden, yet
 * still in the record). Pure: the island calls it on every change and on opening a draft.
 */
import type { UiSchema } from "@rjsf/utils";
import { formRecordKeys } from "../generators/form-record-paths.ts";
import { categoryApplies, type CategoryRaisers } from "./category-applies.ts";
import { deriveDueDates, type DueDateAnswers, type DueDateRules } from "./derive-due-dates.ts";
import { formatDue, type StageRecord } from "./form-due-dates.ts";

export interface WorkedAnswerRules extends DueDateRules {
  readonly uiSchema: UiSchema;
}

export type FillableAnswers = DueDateAnswers &
  Record<string, unknown> & {
    readonly concern?: { readonly category?: string } & Readonly<Record<string, unknown>>;
    readonly people?: { readonly raiser?: { readonly role?: string } };
  };

export function fillWorkedAnswers<T extends FillableAnswers>(rules: WorkedAnswerRules, answers: T, today: string): T {
  let next: T = answers;
  const raisers = (
    (rules.uiSchema.concern as UiSchema | undefined)?.category?.["ui:options"] as { categoryRaisers?: CategoryRaisers } | undefined
  )?.categoryRaisers;
  const category = next.concern?.category;
  if (raisers && category && !categoryApplies(raisers, category, next.people?.raiser?.role)) {
    const { category: _dropped, ...concern } = next.concern!;
    next = { ...next, concern };
  }
  const { dues } = deriveDueDates(rules, next, today);
  const stages: readonly StageRecord[] = next.stages ?? [];
  return {
    ...next,
    [formRecordKeys.stages]: stages.map((record, i) => ({
      ...record,
      [formRecordKeys.respondBy]: dues[i]?.due ? formatDue(dues[i]!.due!) : undefined,
    })),
  };
}
