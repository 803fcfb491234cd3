/**
 * Runs a policy's worked example with the form's own code (its timescales, bank holidays,
 * side-action rules and emergency screening), so what `npm run check` and the protocol
 * page say about an example is what the form would do with that record.
 */
import type { Policy, PolicyExample } from "../compiler/policy-model.ts";
import { isStated, stagesOf } from "../compiler/policy-model.ts";
import { listBankHolidayNames } from "../dates/bank-holidays.ts";
import { computeStageDueDates, type StageDue } from "../form/form-due-dates.ts";
import { sideActionApplies } from "../form/side-action-applies.ts";
import { generateFormRuntime, type FormRuntime } from "../generators/generate-form-runtime.ts";

/** What the form shows for the example's record. */
export interface ExampleOutcome {
  readonly due: StageDue;
  /** Ids of the side actions whose questions or notices the form shows. */
  readonly shown: ReadonlySet<string>;
  readonly emergencyStop: boolean;
}

export function runPolicyExample(
  policy: Policy,
  example: PolicyExample,
  runtime: FormRuntime = generateFormRuntime(policy),
): ExampleOutcome {
  const nation = isStated(policy.area.jurisdiction) ? policy.area.jurisdiction : example.bankHolidays;
  const year = Number(example.raised.slice(0, 4));
  // The year raised and the next: a count of weeks from late December runs into January.
  const holidays = new Map(Object.entries(nation ? listBankHolidayNames(nation, year, year + 1) : {}));
  // Where the policy lists no stages the form takes the stage in words; any words will do.
  const record = {
    stage: example.stageId ?? "the stage, in words",
    dateRaised: example.raised,
    ...(example.timeRaised ? { timeRaised: example.timeRaised } : {}),
    ...(example.outcome ? { outcome: example.outcome } : {}),
  };
  const stageName = (id: string) => policy.tracks.flatMap(stagesOf).find((s) => s.id === id)?.name ?? id;
  const [due] = computeStageDueDates([record], runtime.timescales, holidays, example.raised, {
    ...(example.daysCount ? { daysCount: example.daysCount } : {}),
    holidaysKnown: nation !== undefined,
    stageName,
    ...(runtime.unlistedStages ? { unlistedStages: runtime.unlistedStages } : {}),
  });
  const soFar = {
    child: { status: example.childStatus },
    ...(example.raisedBy ? { people: { raiser: { role: example.raisedBy } } } : {}),
    stages: [record],
  };
  const shown = new Set([
    ...Object.entries(runtime.sideActionRules)
      .filter(([, rule]) => sideActionApplies(rule, soFar))
      .map(([id]) => id),
    // A notice by the child's status is shown whatever the stage, as the form does.
    ...runtime.notify.filter((n) => n.statuses.some((s) => example.childStatus.includes(s as never))).map((n) => n.id),
  ]);
  return { due: due!, shown, emergencyStop: runtime.emergency !== null && example.imminentHarm === true };
}
