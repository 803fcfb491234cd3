/**
 * What the form shows for the answers so far, as a pure function of the policy's form
 * rules and the answers: the notices that apply, whether an emergency stops the form, the
 * questions it leaves out (as paths, so errors and the printed record leave them out too),
 * and the uiSchema that draws all this. FormApp only calls it.
 */
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { formRecordKeys, formRecordPaths } from "../generators/form-record-paths.ts";
import { omittedUi } from "../form-theme/omitted-field.tsx";
import { sideActionApplies, type RecordSoFar, type SideActionRule } from "./side-action-applies.ts";

export interface NotifyCondition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly address?: string;
  readonly statuses: readonly string[];
}

export interface FormRules {
  readonly schema: RJSFSchema;
  readonly uiSchema: UiSchema;
  readonly notify: readonly NotifyCondition[];
  /** The answer field that stops the form with "yes", if the policy screens for an emergency. */
  readonly emergency: { readonly field: string } | null;
  readonly sideActionRules: Readonly<Record<string, SideActionRule>>;
  /** By stage output id, the stage that produces it. */
  readonly outputStages: Readonly<Record<string, string>>;
}

export type Answers = RecordSoFar & {
  readonly child?: RecordSoFar["child"] & Readonly<Record<string, unknown>>;
  readonly stages?: readonly { readonly stage?: string; readonly outcome?: string }[];
};

export interface FormView {
  readonly activeNotices: readonly NotifyCondition[];
  readonly stopped: boolean;
  /** Data paths of the questions not shown ("sideActions.refer-to-cafcass", "stageOutputs.letter", "stages.0.bypassReasons"). */
  readonly hiddenPaths: ReadonlySet<string>;
  readonly uiSchema: UiSchema;
}

/** The uiSchema of a group with some of its questions left out, or the whole group when all are. */
function leaveOut(groupUi: UiSchema | undefined, all: readonly string[], hidden: readonly string[]): UiSchema {
  if (hidden.length === all.length) return omittedUi;
  return { ...groupUi, ...Object.fromEntries(hidden.map((id) => [id, omittedUi])) };
}

export function deriveFormView(rules: FormRules, answers: Answers, options: { readonly changing: boolean }): FormView {
  const statuses = answers.child?.status ?? [];
  const activeNotices = rules.notify.filter((n) => n.statuses.some((s) => statuses.includes(s)));
  const stopped = rules.emergency !== null && answers.child?.[rules.emergency.field] === "yes";
  const sideActionIds = Object.keys(rules.sideActionRules);
  const hiddenSideActions = sideActionIds.filter((id) => !sideActionApplies(rules.sideActionRules[id]!, answers));
  // A stage's outputs are asked about once a record is at that stage.
  const recordedStages = new Set((answers.stages ?? []).map((r) => r.stage));
  const outputIds = Object.keys(rules.outputStages);
  const hiddenOutputs = outputIds.filter((id) => !recordedStages.has(rules.outputStages[id]));
  // A stage record's question shown only once its checkbox is ticked ("showWhen" in the
  // generated uiSchema: bypass reasons once "bypassed earlier stages" is) is left out until then.
  const recordUi = (rules.uiSchema[formRecordKeys.stages] as UiSchema | undefined)?.items as UiSchema | undefined;
  const showWhen = (recordUi?.["ui:options"] as { showWhen?: Record<string, string> } | undefined)?.showWhen ?? {};
  const hiddenRecordFields = (answers.stages ?? []).flatMap((record, i) =>
    Object.entries(showWhen)
      .filter(([, box]) => !(record as Readonly<Record<string, unknown>>)[box])
      .map(([field]) => formRecordPaths.stageField(i, field)),
  );
  const hiddenPaths = new Set([
    ...hiddenSideActions.map(formRecordPaths.sideAction),
    ...hiddenOutputs.map(formRecordPaths.stageOutput),
    ...hiddenRecordFields,
  ]);
  const uiSchema: UiSchema = stopped
    ? {
        ...rules.uiSchema,
        // Only the question that stopped the form stays, so the way out is right below it.
        child: Object.fromEntries(
          Object.keys((rules.schema.properties?.child as RJSFSchema | undefined)?.properties ?? {}).map((key) => [
            key,
            key === rules.emergency?.field ? ((rules.uiSchema.child as UiSchema | undefined)?.[key] ?? {}) : omittedUi,
          ]),
        ),
        concern: omittedUi,
        people: omittedUi,
        [formRecordKeys.stages]: omittedUi,
        [formRecordKeys.sideActions]: omittedUi,
        [formRecordKeys.stageOutputs]: omittedUi,
        "ui:submitButtonOptions": { norender: true },
      }
    : {
        ...rules.uiSchema,
        [formRecordKeys.sideActions]: leaveOut(
          rules.uiSchema[formRecordKeys.sideActions] as UiSchema | undefined,
          sideActionIds,
          hiddenSideActions,
        ),
        ...(outputIds.length > 0
          ? {
              [formRecordKeys.stageOutputs]: leaveOut(
                rules.uiSchema[formRecordKeys.stageOutputs] as UiSchema | undefined,
                outputIds,
                hiddenOutputs,
              ),
            }
          : {}),
        "ui:submitButtonOptions": { submitText: options.changing ? "Back to check your answers" : "Check your answers" },
      };
  return { activeNotices, stopped, hiddenPaths, uiSchema };
}
