/**
 * What the form shows for the answers so far, derived without drawing anything: from the
 * real generated schema and runtime rules of a seed (Solihull: an IRO notice and an
 * emergency question) and a shapes fixture (Laddershire: stage outputs).
 */
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { deriveFormView, type FormRules } from "../../src/form/derive-form-view.ts";
import { OmittedField } from "../../src/form-theme/omitted-field.tsx";
import { generateFormRuntime } from "../../src/generators/generate-form-runtime.ts";
import { generateFormSchema } from "../../src/generators/generate-form-schema.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const rulesOf = (file: string): FormRules => {
  const policy = compilePolicyFile(fromRoot(file), { today: fixedToday }).policy!;
  const { schema, uiSchema } = generateFormSchema(policy);
  const runtime = generateFormRuntime(policy);
  return { schema: schema as RJSFSchema, uiSchema: uiSchema as UiSchema, ...runtime };
};
const omitted = (ui: unknown) => (ui as UiSchema | undefined)?.["ui:field"] === OmittedField;

describe("deriveFormView", () => {
  const solihull = rulesOf("policies/solihull/2017-04.yaml");

  it("shows a notice only for the statuses it is for", () => {
    expect(deriveFormView(solihull, { child: { status: ["looked-after"] } }, { changing: false }).activeNotices.map((n) => n.id)).toEqual([
      "notify-iro",
    ]);
    expect(deriveFormView(solihull, { child: { status: ["child-in-need"] } }, { changing: false }).activeNotices).toEqual([]);
  });

  it("stops at 'yes' to the emergency question, leaving only that question and no button", () => {
    const view = deriveFormView(solihull, { child: { imminentSignificantHarm: "yes" } }, { changing: false });
    expect(view.stopped).toBe(true);
    for (const group of ["concern", "people", "stages", "sideActions"]) expect(omitted(view.uiSchema[group]), group).toBe(true);
    const child = view.uiSchema.child as Record<string, unknown>;
    expect(omitted(child.imminentSignificantHarm)).toBe(false);
    expect(omitted(child.name)).toBe(true);
    expect(view.uiSchema["ui:submitButtonOptions"]).toEqual({ norender: true });
    expect(deriveFormView(solihull, { child: { imminentSignificantHarm: "no" } }, { changing: false }).stopped).toBe(false);
  });

  it("leaves out side actions that do not apply, by path, and names the button for changing an answer", () => {
    const before = deriveFormView(solihull, {}, { changing: false });
    // The IRO notice applies only to a child on a plan or looked after.
    expect([...before.hiddenPaths]).toEqual(["sideActions.notify-iro"]);
    expect(omitted(before.uiSchema.sideActions)).toBe(true);
    const after = deriveFormView(solihull, { child: { status: ["looked-after"] } }, { changing: true });
    expect([...after.hiddenPaths]).toEqual([]);
    expect(omitted(after.uiSchema.sideActions)).toBe(false);
    expect(after.uiSchema["ui:submitButtonOptions"]).toEqual({ submitText: "Back to check your answers" });
  });

  it("asks about a stage's outputs once a record is at that stage", () => {
    const laddershire = rulesOf("test/fixtures/shapes/laddershire/2024-01.yaml");
    const outputs = Object.keys(laddershire.outputStages);
    expect(outputs.length).toBeGreaterThan(1);
    const none = deriveFormView(laddershire, { stages: [] }, { changing: false });
    expect(outputs.every((id) => none.hiddenPaths.has(`stageOutputs.${id}`))).toBe(true);
    expect(omitted(none.uiSchema.stageOutputs)).toBe(true);
    const [first] = outputs;
    const at = deriveFormView(laddershire, { stages: [{ stage: laddershire.outputStages[first!] }] }, { changing: false });
    expect(at.hiddenPaths.has(`stageOutputs.${first}`)).toBe(false);
    expect(omitted((at.uiSchema.stageOutputs as Record<string, unknown>)[first!])).toBe(false);
  });
});
